/**
 * The executor side of a sweep: {@link org.foci.sweep.run.RunTask} trains and evaluates one run with
 * the same code as {@code foci train} and returns its {@link org.foci.sweep.run.SweepRow};
 * {@link org.foci.sweep.run.ExperimentRuntime} holds the plug-ins, wired once per executor JVM.
 * Nothing here depends on Spark but the task's function interface and the executor's identity.
 */
package org.foci.sweep.run;

/** JMH benchmarks of the oracle, the environment and the learner; run with {@code foci bench}. */
package org.foci.experiments.bench;

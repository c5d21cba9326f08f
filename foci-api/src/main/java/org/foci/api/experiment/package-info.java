/**
 * What an experiment compares and at which scale, as plug-ins: {@link org.foci.api.experiment.MethodProvider}
 * (a method of the comparison, one row of Table 1) and {@link org.foci.api.experiment.ScalePresetProvider}
 * (a scale preset). Both are named bundles of settings, found by {@link java.util.ServiceLoader} like every
 * other plug-in, so a researcher's jar can add a method or a preset without changing this project.
 */
package org.foci.api.experiment;

/** ServiceLoader feeds Guice: plug-in discovery into MapBinders, and name-to-provider lookup. */
package org.foci.experiments.wiring;

/**
 * Configuration of experiments: plug-in slots, methods (MODEL.md §10), scale presets, the Guice
 * modules that compose them, and the up-front check of a whole job's configuration.
 */
package org.foci.experiments.config;

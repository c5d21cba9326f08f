/** Observation augmenters and the dueling double DQN learner (MODEL.md §9). */
package org.foci.agents;

/** Non-learning agents: always local (ALP) and Neurosurgeon (NSG). */
package org.foci.baselines;

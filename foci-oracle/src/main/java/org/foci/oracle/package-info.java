/** SM allocators: the max-min fairness oracle and runtime policies (MODEL.md §8). */
package org.foci.oracle;

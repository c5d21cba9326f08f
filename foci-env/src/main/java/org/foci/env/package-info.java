/** The M2M collaborative-inference simulator (MODEL.md §1–9). */
package org.foci.env;

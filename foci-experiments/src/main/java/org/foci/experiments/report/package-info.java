/** The comparison's outputs: Table 1 (Markdown, CSV, JSON), figures and the report. */
package org.foci.experiments.report;

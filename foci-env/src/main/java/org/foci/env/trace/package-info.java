/**
 * Porto taxi traces: a streaming reader of the ECML/PKDD 2015 CSV format (plain or gzip, the full
 * 1.9 GB {@code train.csv} included) and the in-area segments built from it. The shipped sample and
 * its licence notice live beside this package as resources ({@code org/foci/env/porto/}).
 */
package org.foci.env.trace;

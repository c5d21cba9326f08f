package org.foci.experiments.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foci.api.Settings;

/** Parses {@code KEY=VALUE} command-line assignments into {@link Settings}. */
final class Assignments {

    private Assignments() {
    }

    /**
     * @param assignments each {@code KEY=VALUE}
     * @param option      the option they came from, for messages
     * @throws UserException naming the malformed assignment
     */
    static Settings parse(List<String> assignments, String option) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0 || assignment.substring(0, eq).isBlank()) {
                throw new UserException(option + " expects KEY=VALUE, but was '" + assignment + "'");
            }
            values.put(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
        }
        return Settings.of(values);
    }
}

package org.foci.experiments.cli;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.foci.api.DiscoveredPlugin;
import org.foci.api.SettingKey;
import org.foci.experiments.wiring.DiscoveryReport;
import org.foci.api.experiment.MethodProvider;
import org.foci.api.experiment.ScalePresetProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foci list}: every plug-in found on the class path, by kind, name, class and jar. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every plug-in found (kind, name, class, jar) and discovery problems.")
final class ListCommand implements Callable<Integer> {

    @Option(names = {"-s", "--settings"}, description = "Also list each plug-in's settings with defaults and rules.")
    boolean settings;

    @Spec
    CommandSpec spec;

    private final DiscoveryReport report;

    @Inject
    ListCommand(DiscoveryReport report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-22s %-60s %s%n", "KIND", "NAME", "CLASS", "LOCATION");
        for (DiscoveredPlugin<?> plugin : report.plugins()) {
            out.printf("%-12s %-22s %-60s %s%n", plugin.kind().label(), plugin.name(), plugin.className(),
                    plugin.location());
            if (settings) {
                out.printf("%14s%s%n", "", plugin.provider().description());
                if (plugin.provider() instanceof MethodProvider method) {
                    out.printf("%16slabel %s; fixes %s%n", "", method.label(), method.settings().asMap());
                } else if (plugin.provider() instanceof ScalePresetProvider preset) {
                    out.printf("%16s%d seed(s) by default; fixes %s%n", "", preset.defaultSeeds(),
                            preset.settings().asMap());
                }
                for (SettingKey<?> key : plugin.provider().settingKeys()) {
                    String rules = key.rulesText();
                    out.printf("%16s%s = %s  (%s)%s%n", "", key.name(), key.defaultText(), key.description(),
                            rules.isEmpty() ? "" : " [" + rules + "]");
                }
            }
        }
        out.flush();
        if (!report.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("plug-in discovery problems:");
            report.problems().forEach(p -> err.println("  - " + p));
            err.flush();
            return FociCommand.USER_ERROR;
        }
        return 0;
    }
}

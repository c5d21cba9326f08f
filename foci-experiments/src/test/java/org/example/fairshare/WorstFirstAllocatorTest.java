package org.example.fairshare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.foci.api.PluginKind;
import org.foci.api.Settings;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.experiments.cli.FociCommand;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.experiments.wiring.PluginsModule;
import org.foci.testkit.AllocatorContract;
import org.foci.testkit.ReferenceGreedyMaxMin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The plug-in guide (docs/plugins.md), proven: a third-party allocator registered through
 * META-INF/services is discovered by name, passes the contract kit, and serves the CLI.
 */
class WorstFirstAllocatorTest extends AllocatorContract {

    @Override
    protected Allocator allocator() {
        return new WorstFirstAllocatorProvider().create(Settings.empty());
    }

    @Test
    void handsOutExactlyWhatTheKitsReferenceGreedyDoes() {
        // The guide writes the greedy out so that it reads alone; the kit's reference is the same algorithm.
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            AllocationRequest request = randomRequest(random, 24);
            assertThat(allocator().allocate(request)).as("%s", request)
                    .isEqualTo(ReferenceGreedyMaxMin.INSTANCE.allocate(request));
        }
    }

    @Test
    void isFoundByNameThroughServiceLoaderAndGuice() {
        PluginRegistry registry = Guice.createInjector(new PluginsModule()).getInstance(PluginRegistry.class);
        assertThat(registry.provider(PluginKind.ALLOCATOR, "worst-first", "test"))
                .isInstanceOf(WorstFirstAllocatorProvider.class);
    }

    @Test
    void isListedAndUsableFromTheCommandLine() {
        CommandLine cli = FociCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("list")).isZero();
        assertThat(out.toString()).contains("worst-first").contains(WorstFirstAllocatorProvider.class.getName());
    }
}

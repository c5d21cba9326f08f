package org.foci.oracle;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/**
 * Provides {@link MaxMinExactAllocator}, the exact max-min optimum that the paper's oracle is
 * measured against, as {@value #NAME}. It has no settings. Stateless and thread-safe.
 */
public final class MaxMinExactProvider implements AllocatorProvider {

    /** The plug-in name. */
    public static final String NAME = "maxmin-exact";

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public MaxMinExactProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "exact integer max-min optimum (reference oracle); spare SMs to the largest cost drop";
    }

    @Override
    public Allocator create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new MaxMinExactAllocator();
    }
}

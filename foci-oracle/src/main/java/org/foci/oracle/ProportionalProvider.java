package org.foci.oracle;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/**
 * Provides {@link ProportionalAllocator}, a runtime policy that follows the edge work R_f, as
 * {@value #NAME}. It has no settings. Stateless and thread-safe.
 */
public final class ProportionalProvider implements AllocatorProvider {

    /** The plug-in name. */
    public static final String NAME = "proportional";

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public ProportionalProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "runtime policy: 1 SM each, the rest in proportion to R_f (largest remainder)";
    }

    @Override
    public Allocator create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new ProportionalAllocator();
    }
}

package org.foci.oracle;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/**
 * Provides {@link EqualShareAllocator}, the edges' default runtime policy, as {@value #NAME}. It has
 * no settings. Stateless and thread-safe.
 */
public final class EqualShareProvider implements AllocatorProvider {

    /** The plug-in name. */
    public static final String NAME = "equal-share";

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public EqualShareProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "runtime policy: floor(L/M) SMs each, the remainder in admission order";
    }

    @Override
    public Allocator create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new EqualShareAllocator();
    }
}

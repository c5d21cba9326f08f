package org.foci.env;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.testkit.ReferenceGreedyMaxMin;

/**
 * Allocators for {@link M2mCiTest}, registered through META-INF/services of the tests (foci-env may not
 * depend on foci-oracle, whose allocators the one-line entry finds by default).
 */
public abstract class TestAllocatorProviders implements AllocatorProvider {

    private final String name;
    private final Allocator allocator;

    TestAllocatorProviders(String name, Allocator allocator) {
        this.name = Objects.requireNonNull(name, "name");
        this.allocator = Objects.requireNonNull(allocator, "allocator");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return allocator.getClass().getSimpleName() + ", for foci-env's tests";
    }

    @Override
    public Allocator create(Settings settings) {
        settings.requireValid(settingKeys());
        return allocator;
    }

    /** {@code test-equal-share}: {@link EqualShare}. */
    public static final class EqualShareProvider extends TestAllocatorProviders {
        public EqualShareProvider() {
            super("test-equal-share", EqualShare.INSTANCE);
        }
    }

    /** {@code test-greedy}: the test kit's {@link ReferenceGreedyMaxMin}. */
    public static final class GreedyProvider extends TestAllocatorProviders {
        public GreedyProvider() {
            super("test-greedy", ReferenceGreedyMaxMin.INSTANCE);
        }
    }
}

package org.foci.env;

import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;
import org.foci.testkit.ReferenceGreedyMaxMin;

/**
 * Allocators for {@link M2mCiTest}, registered through META-INF/services of the tests (foci-env may not
 * depend on foci-oracle, whose allocators the one-line entry finds by default).
 */
public final class TestAllocatorProviders {

    private TestAllocatorProviders() {
    }

    /** {@code test-equal-share}: {@link EqualShare}. */
    public static final class EqualShareProvider implements AllocatorProvider {
        @Override
        public String name() {
            return "test-equal-share";
        }

        @Override
        public String description() {
            return "equal share, for foci-env's tests";
        }

        @Override
        public Allocator create(Settings settings) {
            settings.requireValid(settingKeys());
            return EqualShare.INSTANCE;
        }
    }

    /** {@code test-greedy}: the test kit's {@link ReferenceGreedyMaxMin}. */
    public static final class GreedyProvider implements AllocatorProvider {
        @Override
        public String name() {
            return "test-greedy";
        }

        @Override
        public String description() {
            return "the test kit's reference greedy max-min, for foci-env's tests";
        }

        @Override
        public Allocator create(Settings settings) {
            settings.requireValid(settingKeys());
            return ReferenceGreedyMaxMin.INSTANCE;
        }
    }
}

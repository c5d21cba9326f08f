package org.foci.api.discovery;

import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/** A well-behaved provider for discovery tests (registered only by the tests' class loader). */
public class GoodProvider implements AllocatorProvider {
    @Override
    public String name() {
        return "good";
    }

    @Override
    public String description() {
        return "test";
    }

    @Override
    public Allocator create(Settings settings) {
        throw new UnsupportedOperationException("not needed by discovery tests");
    }

    /** Same name as {@link GoodProvider}. */
    public static class Twin extends GoodProvider {
    }

    /** A second, distinct name. */
    public static class Other extends GoodProvider {
        @Override
        public String name() {
            return "other";
        }
    }

    /** A blank name. */
    public static class Blank extends GoodProvider {
        @Override
        public String name() {
            return " ";
        }
    }

    /** Not kebab case. */
    public static class Shouting extends GoodProvider {
        @Override
        public String name() {
            return "Bad_Name";
        }
    }

    /** Fails in its constructor. */
    public static class Exploding extends GoodProvider {
        public Exploding() {
            throw new IllegalStateException("boom");
        }
    }
}

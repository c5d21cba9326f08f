package org.foci.api.env;

import java.util.Optional;

/**
 * Where a consumer asks for the optional, typed views an environment offers beyond its core
 * ({@link StepBatch}): for example the {@link Scene}, per-device {@link DeviceOutcomes}, per-edge
 * {@link EdgeOutcomes}, a {@link CostModel} for model-based agents, the choice of
 * {@link RewardSignals}, or types of the simulator's own.
 *
 * <p>A view is a live window on the environment: ask once, keep it, read it after each {@code reset} or
 * {@code step}. An environment may offer any subset; a consumer that needs a view it does not get says so by
 * name (for example "agent nsg needs the environment's CostModel view").
 */
public interface ViewSource {

    /** Offers no view. */
    ViewSource NONE = new ViewSource() {
        @Override
        public <V> Optional<V> view(Class<V> type) {
            return Optional.empty();
        }
    };

    /**
     * The view of the given type, if offered.
     *
     * @param type the view's interface or class; never null
     * @param <V>  the view type
     * @return the view, the same instance on every call; empty when not offered
     */
    <V> Optional<V> view(Class<V> type);

    /**
     * The view of the given type, for a consumer that cannot work without it.
     *
     * @param type     the view's type
     * @param consumer who needs it, for the message (for example {@code "agent nsg"})
     * @param <V>      the view type
     * @return the view
     * @throws IllegalStateException naming the consumer and the view when it is not offered
     */
    default <V> V require(Class<V> type, String consumer) {
        return view(type).orElseThrow(() -> new IllegalStateException(consumer + " needs the environment's "
                + type.getSimpleName() + " view, which " + getClass().getName() + " does not offer"));
    }
}

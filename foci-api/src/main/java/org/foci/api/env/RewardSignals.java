package org.foci.api.env;

import java.util.List;

/**
 * An optional view ({@link ViewSource#view}) of an environment that can reward devices in more than one
 * way: it names its signals and emits the selected one in {@link StepBatch#rewards()}. The first name is
 * the default. A training run selects the signal its method trains on (for example {@code own-qos} or
 * {@code oracle-value}) before the first episode; an environment without this view has one signal.
 */
public interface RewardSignals {

    /** {@return the signal names, lowercase kebab case; the first is selected until {@link #select} is called} */
    List<String> names();

    /**
     * Emits the named signal from the next {@code step} on.
     *
     * @param name one of {@link #names()}
     * @throws IllegalArgumentException naming the signal and the available ones when it is not one of {@link #names()}
     */
    void select(String name);

    /** {@return the signal emitted now} */
    String selected();
}

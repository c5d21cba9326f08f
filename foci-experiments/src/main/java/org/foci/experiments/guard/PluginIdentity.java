package org.foci.experiments.guard;

/**
 * A plug-in as messages name it: its role in the run, its name and its class.
 *
 * @param role      e.g. {@code shaping allocator}, {@code augmenter}, {@code agent}
 * @param name      the provider's name, e.g. {@code ipls-minrisk}
 * @param className the implementing class
 */
public record PluginIdentity(String role, String name, String className) {

    /** An identity for {@code instance}, created by the provider named {@code name}. */
    public static PluginIdentity of(String role, String name, Object instance) {
        return new PluginIdentity(role, name, instance.getClass().getName());
    }

    @Override
    public String toString() {
        return "the " + role + " '" + name + "' (" + className + ")";
    }
}

package org.foci.api;

import java.util.List;

/**
 * What every plug-in factory found by {@link java.util.ServiceLoader} has in common.
 *
 * <p>ServiceLoader needs a public no-argument constructor, while components need configuration;
 * so discovery finds a small provider, and the provider makes the component from {@link Settings}.
 * Each kind of plug-in has its own provider interface extending this one (for example
 * {@link org.foci.api.allocation.AllocatorProvider}), registered in
 * {@code META-INF/services/<provider interface>}.
 *
 * <p>Providers must be cheap to construct, stateless and thread-safe.
 */
public interface PluginProvider {

    /**
     * The plug-in's id: lowercase kebab case ({@code ipls-minrisk}), unique within its kind, stable
     * across versions (configurations refer to it). Conventionally also a {@code NAME} constant.
     *
     * @return the id; never null or blank
     */
    String name();

    /** {@return one line saying what the plug-in does, for {@code foci list}} */
    String description();

    /**
     * The configuration keys this plug-in reads, relative to its scope. A configuration holding a key
     * not listed here is rejected as a likely typo. Empty by default.
     *
     * @return the keys; never null
     */
    default List<SettingKey<?>> settingKeys() {
        return List.of();
    }
}

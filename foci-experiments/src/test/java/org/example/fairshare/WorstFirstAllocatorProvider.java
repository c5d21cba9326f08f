package org.example.fairshare;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/** Registers {@link WorstFirstAllocator} under the name {@value #NAME} (see docs/plugins.md). */
public final class WorstFirstAllocatorProvider implements AllocatorProvider {

    /** The plug-in's name. */
    public static final String NAME = "worst-first";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "example plug-in: each spare SM to the currently worst device";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of();
    }

    @Override
    public Allocator create(Settings settings) {
        settings.requireValid(settingKeys());
        return new WorstFirstAllocator();
    }
}

package org.foci.oracle;

import java.util.List;
import java.util.Objects;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/**
 * Provides {@link IplsMinRiskAllocator}, the paper's fairness oracle, as {@value #NAME}.
 *
 * <p>Settings: {@code epsilon} (grid tolerance, {@code > 0}, default {@code 0.001}) and {@code rounding}
 * ({@code min-risk}, the default, or {@code least-increase}; see {@link IplsMinRiskAllocator.Rounding}).
 * Stateless and thread-safe.
 */
public final class IplsMinRiskProvider implements AllocatorProvider {

    /** The plug-in name. */
    public static final String NAME = "ipls-minrisk";

    /** Tolerance ε of the interval grid: adjacent levels differ by a factor 1 + ε. */
    public static final SettingKey<Double> EPSILON = SettingKey.real("epsilon", IplsMinRiskAllocator.DEFAULT_EPSILON,
            "tolerance of the interval grid: adjacent worst-cost levels differ by a factor 1 + epsilon")
            .greaterThan(0.0);

    /** Which device gives an SM back when the rounded-up solution holds too many. */
    public static final SettingKey<IplsMinRiskAllocator.Rounding> ROUNDING = SettingKey.choice("rounding",
            IplsMinRiskAllocator.Rounding.class, IplsMinRiskAllocator.Rounding.MIN_RISK,
            "take-back rule of the integer rounding: min-risk (lowest cost after giving one back) or "
                    + "least-increase (smallest rise of the device's own cost)");

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public IplsMinRiskProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "paper's max-min oracle (Algorithm 1): interval-partition relaxation, then min-risk integer rounding";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(EPSILON, ROUNDING);
    }

    @Override
    public Allocator create(Settings settings) {
        Objects.requireNonNull(settings, "settings").requireValid(settingKeys());
        return new IplsMinRiskAllocator(settings.get(EPSILON), settings.get(ROUNDING));
    }
}

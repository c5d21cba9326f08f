package org.example.faulty;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.allocation.Allocator;
import org.foci.api.allocation.AllocatorProvider;

/**
 * {@value #NAME}: equal shares, until its {@code afterCalls}-th call; from then on it breaks the
 * allocator contract the way {@code fault} says.
 */
public final class FaultyAllocatorProvider implements AllocatorProvider {

    /** The plug-in's name. */
    public static final String NAME = "test-faulty-allocator";

    /** The way it breaks the contract. */
    public static final SettingKey<String> FAULT = SettingKey.text("fault", "none",
            "none, sum-over (hands out L + 1), zero (a device gets 0 SMs), nan (returns NaN), "
                    + "wrong-worst (returns the worst cost + 1), throws");
    /** Correct calls before the fault. */
    public static final SettingKey<Integer> AFTER_CALLS = SettingKey.integer("afterCalls", 0,
            "correct calls before the fault");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test plug-in: an allocator that breaks its contract on purpose";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(FAULT, AFTER_CALLS);
    }

    @Override
    public Allocator create(Settings settings) {
        settings.requireValid(settingKeys());
        String fault = settings.get(FAULT);
        int after = settings.get(AFTER_CALLS);
        return new Allocator() {
            private int calls;

            @Override
            public double allocate(double[] fixedCost, double[] scalableCost, int deviceCount, int sms,
                                   int[] allocation) {
                for (int m = 0; m < deviceCount; m++) {
                    allocation[m] = sms / deviceCount + (m < sms % deviceCount ? 1 : 0);
                }
                double worst = deviceCount == 0 ? Double.NaN
                        : Allocator.worstCost(fixedCost, scalableCost, allocation, deviceCount);
                if (deviceCount == 0 || calls++ < after) {
                    return worst;
                }
                switch (fault) {
                    case "sum-over" -> allocation[0]++;
                    case "zero" -> {
                        allocation[deviceCount - 1] = 0;
                    }
                    case "nan" -> worst = Double.NaN;
                    case "wrong-worst" -> worst += 1;
                    case "throws" -> throw new IllegalStateException("test allocator fails on purpose");
                    default -> {
                    }
                }
                return worst;
            }
        };
    }
}

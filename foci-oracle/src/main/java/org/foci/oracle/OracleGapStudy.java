package org.foci.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.foci.api.random.SplitMix64;

/**
 * Measures how far an allocator's worst cost is from the exact max-min optimum, over seeded random
 * instances from named {@link Family families}: the relative gap {@code (w - v*) / v*} of each
 * instance, summarised as count, mean, median, 95th percentile, maximum and the fraction solved
 * exactly, overall and per family, with the worst instances kept for inspection.
 *
 * <p>Typical use (and what docs/oracle.md reports):
 * <pre>{@code
 * OracleGapStudy.Summary summary = OracleGapStudy.run(new IplsMinRiskAllocator(), 1L, 500);
 * System.out.println(summary.toMarkdown());
 * }</pre>
 *
 * <p>Deterministic: the same allocators, seed and counts give the same summary (each family draws
 * from its own generator derived from the seed). Stateless and thread-safe; a run allocates its
 * instances and results.
 */
public final class OracleGapStudy {

    /** Worst instances kept by {@link #run(Allocator, long, int)}. */
    public static final int DEFAULT_WORST_KEPT = 5;

    private OracleGapStudy() {
    }

    /** A family of random allocation instances; each draw is a valid {@link AllocationRequest}. */
    public enum Family {
        /** 1–24 devices on L = 24; {@code R_c ~ U[0.3, 2]}, {@code R_f ~ U[0, 15]}: the simulator's range. */
        REALISTIC {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                return realistic(random, 1 + random.nextInt(24), 24);
            }
        },
        /** 2–24 identical devices on L = 24: every tie at once. */
        IDENTICAL {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 2 + random.nextInt(23);
                double fixed = uniform(random, 0.3, 2);
                double scalable = uniform(random, 0, 15);
                double[] fixedCost = new double[devices];
                double[] scalableCost = new double[devices];
                Arrays.fill(fixedCost, fixed);
                Arrays.fill(scalableCost, scalable);
                return new AllocationRequest(fixedCost, scalableCost, 24);
            }
        },
        /** Identical devices perturbed by about 10⁻¹² relative: near-ties that rounding decides. */
        NEAR_TIES {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 2 + random.nextInt(23);
                double fixed = uniform(random, 0.3, 2);
                double scalable = uniform(random, 0.1, 15);
                double[] fixedCost = new double[devices];
                double[] scalableCost = new double[devices];
                for (int m = 0; m < devices; m++) {
                    fixedCost[m] = fixed * (1 + 1e-12 * (random.nextInt(5) - 2));
                    scalableCost[m] = scalable * (1 + 1e-12 * (random.nextInt(5) - 2));
                }
                return new AllocationRequest(fixedCost, scalableCost, 24);
            }
        },
        /** One device with 100 times the others' edge work, 2–24 devices on L = 24. */
        ONE_HEAVY {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                AllocationRequest base = realistic(random, 2 + random.nextInt(23), 24);
                double[] scalableCost = base.scalableCost();
                scalableCost[random.nextInt(scalableCost.length)] *= 100;
                return new AllocationRequest(base.fixedCost(), scalableCost, 24);
            }
        },
        /**
         * Half the devices with {@code R_f = 0} and {@code R_c} up to 3, often above what the others
         * can reach: the optimum is then fixed by a device that SMs cannot help.
         */
        ZERO_SCALABLE {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 2 + random.nextInt(23);
                double[] fixedCost = new double[devices];
                double[] scalableCost = new double[devices];
                for (int m = 0; m < devices; m++) {
                    boolean local = random.nextBoolean();
                    fixedCost[m] = local ? uniform(random, 0.3, 3) : uniform(random, 0.3, 2);
                    scalableCost[m] = local ? 0 : uniform(random, 0, 15);
                }
                return new AllocationRequest(fixedCost, scalableCost, 24);
            }
        },
        /** Costs log-uniform over 12 decades ({@code 10⁻⁶..10⁶}), 2–24 devices on L = 24. */
        HUGE_RATIOS {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 2 + random.nextInt(23);
                double[] fixedCost = new double[devices];
                double[] scalableCost = new double[devices];
                for (int m = 0; m < devices; m++) {
                    fixedCost[m] = Math.pow(10, uniform(random, -6, 6));
                    scalableCost[m] = Math.pow(10, uniform(random, -6, 6));
                }
                return new AllocationRequest(fixedCost, scalableCost, 24);
            }
        },
        /**
         * Instances whose continuous optimum is an integer allocation: {@code R_f = l (p - R_c)} for a
         * level p and integers l summing to L = 24. Every ceiling sits exactly on an integer.
         */
        INTEGRAL_RELAXATION {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 2 + random.nextInt(23);
                int[] sms = new int[devices];
                Arrays.fill(sms, 1);
                for (int extra = 24 - devices; extra > 0; extra--) {
                    sms[random.nextInt(devices)]++;
                }
                double level = uniform(random, 2.5, 5);
                double[] fixedCost = new double[devices];
                double[] scalableCost = new double[devices];
                for (int m = 0; m < devices; m++) {
                    fixedCost[m] = uniform(random, 0.3, 2);
                    scalableCost[m] = sms[m] * (level - fixedCost[m]);
                }
                return new AllocationRequest(fixedCost, scalableCost, 24);
            }
        },
        /** 1–8 devices on up to 512 SMs: many SMs per device, where a relative grid is coarse in SMs. */
        MANY_SMS {
            @Override
            public AllocationRequest sample(SplittableRandom random) {
                int devices = 1 + random.nextInt(8);
                return realistic(random, devices, devices + random.nextInt(512 - devices + 1));
            }
        };

        /**
         * Draws one instance.
         *
         * @param random the generator; advanced
         * @return a new instance of this family
         */
        public abstract AllocationRequest sample(SplittableRandom random);

        /** {@return the name in kebab case, for example {@code integral-relaxation}} */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One instance's result.
     *
     * @param family      where it came from
     * @param draw        its position in the family's draws (0-based): with the seed, enough to draw it again
     * @param request     the instance
     * @param worstCost   the allocator's worst cost w
     * @param optimum     the reference's worst cost v*
     * @param relativeGap {@code (w - v*) / v*}; 0 when both are 0, +∞ when only v* is 0; negative would
     *                    mean the reference is not optimal
     */
    public record Measurement(Family family, int draw, AllocationRequest request, double worstCost,
                              double optimum, double relativeGap) {
        /**
         * Checks that the family and the instance are present.
         *
         * @param family      where it came from
         * @param draw        its position in the family's draws (0-based): with the seed, enough to draw it again
         * @param request     the instance
         * @param worstCost   the allocator's worst cost w
         * @param optimum     the reference's worst cost v*
         * @param relativeGap {@code (w - v*) / v*}; 0 when both are 0, +∞ when only v* is 0; negative would mean the
         *                    reference is not optimal
         */
        public Measurement {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The distribution of relative gaps over some instances. Percentiles are nearest-rank (the smallest
     * gap with at least p % of the instances at or below it).
     *
     * @param instances       how many
     * @param meanGap         mean relative gap
     * @param medianGap       50th percentile
     * @param p95Gap          95th percentile
     * @param maxGap          largest gap
     * @param minGap          smallest gap (negative only if the candidate beat the reference)
     * @param fractionOptimal fraction with a worst cost exactly equal to the optimum
     */
    public record Statistics(int instances, double meanGap, double medianGap, double p95Gap, double maxGap,
                             double minGap, double fractionOptimal) {

        static Statistics of(double[] gaps) {
            if (gaps.length == 0) {
                return new Statistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            double sum = 0;
            int exact = 0;
            for (double gap : sorted) {
                sum += gap;
                if (gap == 0) {
                    exact++;
                }
            }
            return new Statistics(sorted.length, sum / sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], sorted[0], (double) exact / sorted.length);
        }

        private static double percentile(double[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /**
     * A study's result.
     *
     * @param candidate what was measured ({@code toString()} of the allocator)
     * @param reference what it was measured against
     * @param seed      the seed
     * @param overall   all instances together
     * @param byFamily  per family, in family order
     * @param worst     the instances with the largest positive gaps, largest first (empty when the
     *                  candidate was optimal everywhere)
     */
    public record Summary(String candidate, String reference, long seed, Statistics overall,
                          Map<Family, Statistics> byFamily, List<Measurement> worst) {

        /**
         * Checks that the names and the overall statistics are present; copies both collections, by family order.
         *
         * @param candidate what was measured ({@code toString()} of the allocator)
         * @param reference what it was measured against
         * @param seed      the seed
         * @param overall   all instances together
         * @param byFamily  per family, in family order
         * @param worst     the instances with the largest positive gaps, largest first (empty when the candidate was
         *                  optimal everywhere)
         */
        public Summary {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(overall, "overall");
            EnumMap<Family, Statistics> inFamilyOrder = new EnumMap<>(Family.class);
            inFamilyOrder.putAll(byFamily);
            byFamily = Collections.unmodifiableMap(inFamilyOrder);
            worst = List.copyOf(worst);
        }

        /** {@return a Markdown table per family and overall, then the worst instances, for reports and docs} */
        public String toMarkdown() {
            StringBuilder out = new StringBuilder();
            out.append("candidate: ").append(candidate).append(", reference: ").append(reference)
                    .append(", seed: ").append(seed).append("\n\n");
            out.append("| family | instances | exactly optimal | mean gap | median gap | p95 gap | max gap |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|\n");
            byFamily.forEach((family, statistics) -> row(out, family.label(), statistics));
            row(out, "**all**", overall);
            if (!worst.isEmpty()) {
                out.append("\nWorst instances (costs rounded to 4 digits; the draw number and the seed give the ")
                        .append("exact instance):\n\n| family | draw | M | L | R_c | R_f | worst cost | optimum | gap |\n");
                out.append("|---|---:|---:|---:|---|---|---:|---:|---:|\n");
                for (Measurement m : worst) {
                    out.append("| ").append(m.family().label()).append(" | ").append(m.draw()).append(" | ")
                            .append(m.request().deviceCount()).append(" | ").append(m.request().sms()).append(" | ")
                            .append(rounded(m.request().fixedCost())).append(" | ")
                            .append(rounded(m.request().scalableCost())).append(" | ")
                            .append(String.format(Locale.ROOT, "%.6g", m.worstCost())).append(" | ")
                            .append(String.format(Locale.ROOT, "%.6g", m.optimum())).append(" | ")
                            .append(percent(m.relativeGap())).append(" |\n");
                }
            }
            return out.toString();
        }

        private static void row(StringBuilder out, String label, Statistics s) {
            out.append("| ").append(label).append(" | ").append(s.instances()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f %%", 100 * s.fractionOptimal())).append(" | ")
                    .append(percent(s.meanGap())).append(" | ").append(percent(s.medianGap())).append(" | ")
                    .append(percent(s.p95Gap())).append(" | ").append(percent(s.maxGap())).append(" |\n");
        }

        private static String rounded(double[] values) {
            StringBuilder text = new StringBuilder();
            for (double value : values) {
                text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4g", value));
            }
            return text.toString();
        }

        private static String percent(double gap) {
            return gap == 0 ? "0" : String.format(Locale.ROOT, "%.3g %%", 100 * gap);
        }
    }

    /**
     * Runs the study against {@link MaxMinExactAllocator} on every family, keeping the
     * {@value #DEFAULT_WORST_KEPT} worst instances.
     *
     * @param candidate          the allocator measured; never null
     * @param seed               the seed
     * @param instancesPerFamily instances drawn per family, {@code >= 1}
     * @return the summary
     * @see #run(Allocator, Allocator, long, int, List, int)
     */
    public static Summary run(Allocator candidate, long seed, int instancesPerFamily) {
        return run(candidate, new MaxMinExactAllocator(), seed, instancesPerFamily, List.of(Family.values()),
                DEFAULT_WORST_KEPT);
    }

    /**
     * Runs the study.
     *
     * @param candidate          the allocator measured; never null
     * @param reference          the allocator taken as optimal; never null
     * @param seed               the seed; each family draws from its own generator derived from it
     * @param instancesPerFamily instances drawn per family, {@code >= 1}
     * @param families           the families, at least one, no duplicates
     * @param worstKept          how many of the worst instances to keep, {@code >= 0}
     * @return the summary
     * @throws IllegalArgumentException on a count out of range or an empty family list
     */
    public static Summary run(Allocator candidate, Allocator reference, long seed, int instancesPerFamily,
                              List<Family> families, int worstKept) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(families, "families");
        if (instancesPerFamily < 1) {
            throw new IllegalArgumentException("instancesPerFamily must be >= 1, but was " + instancesPerFamily);
        }
        if (families.isEmpty() || families.stream().distinct().count() != families.size()) {
            throw new IllegalArgumentException("families must be non-empty without duplicates, but was " + families);
        }
        if (worstKept < 0) {
            throw new IllegalArgumentException("worstKept must be >= 0, but was " + worstKept);
        }
        Map<Family, Statistics> byFamily = new EnumMap<>(Family.class);
        List<Measurement> all = new ArrayList<>();
        double[] everyGap = new double[families.size() * instancesPerFamily];
        int index = 0;
        for (Family family : families) {
            SplittableRandom random = new SplittableRandom(familySeed(seed, family));
            double[] gaps = new double[instancesPerFamily];
            for (int i = 0; i < instancesPerFamily; i++) {
                Measurement measurement = measure(family, i, family.sample(random), candidate, reference);
                gaps[i] = measurement.relativeGap();
                everyGap[index++] = measurement.relativeGap();
                if (measurement.relativeGap() > 0) {
                    all.add(measurement);
                }
            }
            byFamily.put(family, Statistics.of(gaps));
        }
        // Stable sort: equal gaps keep the order they were drawn in.
        List<Measurement> worst = all.stream()
                .sorted(Comparator.comparingDouble(Measurement::relativeGap).reversed())
                .limit(worstKept).toList();
        return new Summary(candidate.toString(), reference.toString(), seed, Statistics.of(everyGap), byFamily, worst);
    }

    /**
     * Solves one instance with both allocators.
     *
     * @param family    the family it was drawn from
     * @param draw      its position among the family's draws
     * @param request   the instance
     * @param candidate the allocator measured
     * @param reference the allocator taken as optimal
     * @return both worst costs and the relative gap
     */
    public static Measurement measure(Family family, int draw, AllocationRequest request, Allocator candidate,
                                      Allocator reference) {
        double worstCost = candidate.allocate(request).worstCost();
        double optimum = reference.allocate(request).worstCost();
        return new Measurement(family, draw, request, worstCost, optimum, relativeGap(worstCost, optimum));
    }

    /**
     * The relative gap {@code (w - v*) / v*}: 0 when both are equal (also both 0), +∞ when only the
     * optimum is 0.
     *
     * @param worstCost the allocator's worst cost w
     * @param optimum   the optimal worst cost v*
     * @return the gap, a fraction (0.01 is 1 %)
     */
    public static double relativeGap(double worstCost, double optimum) {
        if (worstCost == optimum) {
            return 0;
        }
        return optimum == 0 ? Double.POSITIVE_INFINITY : (worstCost - optimum) / optimum;
    }

    /**
     * The seed of a family's instance stream in a study seeded with {@code seed}: the family's own
     * SplitMix64 step ({@code seed + (ordinal + 1)·γ}), so every family draws an unrelated stream and the
     * n-th instance of a family can be drawn again from the study's seed alone.
     *
     * @param seed   the study's seed
     * @param family the instance family
     * @return the seed of the family's {@link SplittableRandom}
     */
    public static long familySeed(long seed, Family family) {
        return seed + SplitMix64.GAMMA * (family.ordinal() + 1);
    }

    /**
     * A realistic instance: {@code R_c ~ U[0.3, 2]} and {@code R_f ~ U[0, 15]} per device (MODEL.md §7
     * ranges). Also used by the benchmarks.
     *
     * @param random   the generator; advanced
     * @param devices  number of devices, {@code >= 1}
     * @param sms      L, {@code >= devices}
     * @return a new instance
     */
    public static AllocationRequest realistic(SplittableRandom random, int devices, int sms) {
        double[] fixedCost = new double[devices];
        double[] scalableCost = new double[devices];
        for (int m = 0; m < devices; m++) {
            fixedCost[m] = uniform(random, 0.3, 2);
            scalableCost[m] = uniform(random, 0, 15);
        }
        return new AllocationRequest(fixedCost, scalableCost, sms);
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}

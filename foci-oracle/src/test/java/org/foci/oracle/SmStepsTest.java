package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.foci.api.allocation.AllocationRequest;

class SmStepsTest {

    @Property(tries = 400, seed = "1009")
    void theBulkJumpGivesWhatOneSmAtATimeGives(
            @ForAll("smallInstances") AllocationRequest request,
            @ForAll("rules") SmSteps.Greedy rule, @ForAll @IntRange(min = 1, max = 5) int startSpread,
            @ForAll @LongRange(min = 0, max = 3000) long count) {
        int devices = request.deviceCount();
        int[] start = new int[devices];
        for (int m = 0; m < devices; m++) {
            start[m] = 1 + (m * 7 + 3) % startSpread;
        }
        int[] bulk = start.clone();
        int[] stepwise = start.clone();
        SmSteps.handOut(rule, request.fixedCost(), request.scalableCost(), devices, bulk, count);
        SmSteps.handOutOneByOne(rule, request.fixedCost(), request.scalableCost(), devices, stepwise, count);
        assertThat(bulk).as("%s, %s, start %s, count %d", rule, request, java.util.Arrays.toString(start), count)
                .containsExactly(stepwise);
    }

    @Property(tries = 1000, seed = "1010")
    void theFewestSufficientSmsAreTheFirstWhoseRoundedCostIsAtOrBelowTheLevel(
            @ForAll("smallInstances") AllocationRequest request,
            @ForAll @IntRange(min = 1, max = 60) int cap, @ForAll("levels") double level) {
        double fixed = request.fixedCost()[0];
        double scalable = request.scalableCost()[0];
        int expected = cap + 1;
        for (int l = cap; l >= 1; l--) {
            if (fixed + scalable / l <= level) {
                expected = l;
            }
        }
        assertThat(SmSteps.smallestSufficient(fixed, scalable, level, cap)).isEqualTo(expected);
    }

    @Example
    void tiesGoToFewerSmsThenToTheLowerIndex() {
        int[] allocation = {2, 1, 1, 3};
        SmSteps.handOut(SmSteps.Greedy.LARGEST_DROP, new double[4], new double[4], 4, allocation, 4);
        assertThat(allocation).containsExactly(3, 3, 2, 3);
    }

    @Example
    void roundRobinInBulkMatchesTheHeapOrder() {
        int[] bulk = {5, 1, 1, 9, 2};
        int[] stepwise = bulk.clone();
        SmSteps.handOut(SmSteps.Greedy.TO_WORST, new double[5], new double[5], 5, bulk, 1003);
        SmSteps.handOutOneByOne(SmSteps.Greedy.TO_WORST, new double[5], new double[5], 5, stepwise, 1003);
        assertThat(bulk).containsExactly(stepwise);
    }

    @Provide
    Arbitrary<SmSteps.Greedy> rules() {
        return Arbitraries.of(SmSteps.Greedy.class);
    }

    @Provide
    Arbitrary<Double> levels() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 25).ofScale(2),
                Arbitraries.doubles().between(0, 25).ofScale(15));
    }

    @Provide
    Arbitrary<AllocationRequest> smallInstances() {
        return Instances.small();
    }
}

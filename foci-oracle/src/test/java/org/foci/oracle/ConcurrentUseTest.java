package org.foci.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.api.allocation.Allocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One allocator instance shared by several threads gives what it gives alone. */
class ConcurrentUseTest {

    static Stream<Allocator> allocators() {
        return Stream.of(new IplsMinRiskAllocator(), new MaxMinExactAllocator(), new EqualShareAllocator(),
                new ProportionalAllocator());
    }

    @ParameterizedTest
    @MethodSource("allocators")
    void aSharedInstanceGivesTheSameResultsOnEveryThread(Allocator allocator) throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        List<AllocationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            requests.add(OracleGapStudy.Family.values()[i % OracleGapStudy.Family.values().length].sample(random));
        }
        List<Allocation> alone = requests.stream().map(allocator::allocate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Allocation>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit(() -> requests.stream().map(allocator::allocate).toList()));
            }
            for (Future<List<Allocation>> result : results) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

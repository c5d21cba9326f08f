package org.foci.agents.dqn;

import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.testkit.AgentContract;
import org.junit.jupiter.api.Nested;

/** The agent contract, for both engines (and for hard and Polyak target updates). */
class DuelingDdqnAgentContractTest {

    static Settings small() {
        return Settings.of("hiddenUnits", "16,16,16", "batchSize", 8, "warmupTransitions", 12, "replayCapacity", 500,
                "targetSyncPeriod", 5, "epsilonDecay", 0.5, "epsilonMin", 0.2, "learningRate", 1e-3);
    }

    @Nested
    class DirectEngine extends AgentContract {
        @Override
        protected Agent agent(AgentSpec spec) {
            return new DuelingDdqnProvider().create(small(), spec);
        }
    }

    @Nested
    class Dl4jEngine extends AgentContract {
        @Override
        protected Agent agent(AgentSpec spec) {
            return new DuelingDdqnProvider().create(small().with("engine", "dl4j"), spec);
        }
    }

    @Nested
    class PolyakTarget extends AgentContract {
        @Override
        protected Agent agent(AgentSpec spec) {
            return new DuelingDdqnProvider().create(small().with("targetSync", "polyak").with("updatesPerStep", 2),
                    spec);
        }
    }
}

package org.example.faulty;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;

/**
 * {@value #NAME}: processes everything locally (action 0), until its {@code afterCalls}-th call; from
 * then on it breaks the agent contract the way {@code fault} says.
 */
public final class FaultyAgentProvider implements AgentProvider {

    /** The plug-in's name. */
    public static final String NAME = "test-faulty-agent";

    /** The way it breaks the contract. */
    public static final SettingKey<String> FAULT = SettingKey.text("fault", "none",
            "none, masked (an action its mask forbids), out-of-range (action A), throws");
    /** Correct calls before the fault. */
    public static final SettingKey<Integer> AFTER_CALLS = SettingKey.integer("afterCalls", 0,
            "correct calls before the fault");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test plug-in: an agent that breaks its contract on purpose";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return List.of(FAULT, AFTER_CALLS);
    }

    @Override
    public Agent create(Settings settings, AgentSpec spec) {
        settings.requireValid(settingKeys());
        String fault = settings.get(FAULT);
        int after = settings.get(AFTER_CALLS);
        return new Agent() {
            private int calls;

            @Override
            public void act(Observations observations, boolean explore, int[] actionsOut) {
                int devices = spec.deviceCount();
                int actions = spec.actionCount();
                Arrays.fill(actionsOut, 0, devices, 0);
                if (calls++ < after) {
                    return;
                }
                switch (fault) {
                    case "out-of-range" -> actionsOut[devices - 1] = actions;
                    case "masked" -> {
                        boolean[] mask = observations.actionMask();
                        for (int i = 0; i < devices * actions; i++) {
                            if (!mask[i]) {
                                actionsOut[i / actions] = i % actions;
                                return;
                            }
                        }
                        throw new IllegalStateException("every action is allowed: nothing to choose wrongly");
                    }
                    case "throws" -> throw new IllegalStateException("test agent fails on purpose");
                    default -> {
                    }
                }
            }

            @Override
            public void writeCheckpoint(OutputStream out) throws IOException {
                new DataOutputStream(out).writeUTF(NAME);
            }

            @Override
            public void readCheckpoint(InputStream in) throws IOException {
                if (!new DataInputStream(in).readUTF().equals(NAME)) {
                    throw new IOException("not a checkpoint of " + NAME);
                }
            }
        };
    }
}

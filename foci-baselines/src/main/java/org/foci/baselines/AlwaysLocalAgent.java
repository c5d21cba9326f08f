package org.foci.baselines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.foci.api.agent.Agent;
import org.foci.api.agent.Observations;
import org.foci.api.env.ActionSpace;

/** ALP: every device always runs the whole model locally (paper §5). */
public final class AlwaysLocalAgent implements Agent {

    @Override
    public void act(Observations observations, boolean explore, int[] actionsOut) {
        Arrays.fill(actionsOut, ActionSpace.LOCAL);
    }

    @Override
    public void writeCheckpoint(OutputStream out) throws IOException {
        StatelessCheckpoint.write(out, AlwaysLocalProvider.NAME);
    }

    @Override
    public void readCheckpoint(InputStream in) throws IOException {
        StatelessCheckpoint.read(in, AlwaysLocalProvider.NAME);
    }
}

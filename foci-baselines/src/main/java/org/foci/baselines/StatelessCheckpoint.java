package org.foci.baselines;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The checkpoint of an agent without learned state: its name and settings, so that restoring
 * into a different agent fails instead of silently continuing.
 */
final class StatelessCheckpoint {

    private static final int FORMAT = 1;

    private StatelessCheckpoint() {
    }

    static void write(OutputStream out, String identity) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeUTF(identity);
        data.flush();
    }

    static void read(InputStream in, String identity) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("checkpoint format " + format + " is not " + FORMAT);
        }
        String found = data.readUTF();
        if (!found.equals(identity)) {
            throw new IOException("checkpoint is of '" + found + "', not of '" + identity + "'");
        }
    }
}

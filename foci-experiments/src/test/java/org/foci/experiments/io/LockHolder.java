package org.foci.experiments.io;

import java.nio.file.Path;

/** A second process for {@link OutputLockTest}: takes a folder's lock, says so, and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]), "test lock holder");
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}

package org.foci.env;

import org.foci.api.env.Environment;
import org.foci.testkit.EnvironmentContract;

/** The API's environment contract on the shipped Porto trace (30 devices, 3 edges, 10 steps). */
class M2mCiEnvironmentContractTest extends EnvironmentContract {

    @Override
    protected Environment environment() {
        return Fixtures.smallTraceEnvironment();
    }
}

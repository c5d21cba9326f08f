package org.foci.agents.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Portable BLAS mode as the tests run it, the CPU description, and the mode's parsing. */
class BlasRuntimeTest {

    @Test
    void theTestsRunThePortableKernelWithOneThread() {
        BlasInfo blas = BlasRuntime.ensureLoaded();
        assertThat(blas.mode()).isEqualTo(BlasMode.PORTABLE);
        assertThat(blas.core()).isEqualToIgnoringCase(BlasRuntime.PORTABLE_CORE);
        assertThat(blas.library()).contains("OpenBLAS").containsIgnoringCase("haswell");
        assertThat(blas.threads()).isEqualTo(1);
        assertThat(BlasRuntime.current()).contains(blas);
        assertThat(blas.describe()).containsKeys("blasMode", "blasCore", "blasLibrary", "blasThreads", "cpu");
    }

    @Test
    void cpuinfoIsReadFromTheFirstProcessor() {
        CpuInfo cpu = CpuInfo.parse(List.of("processor\t: 0", "vendor_id\t: GenuineIntel", "cpu family\t: 6",
                "model\t\t: 143", "model name\t: Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz",
                "flags\t\t: fpu sse2 avx fma avx2 avx512f", "", "processor\t: 1", "model name\t: other"));
        assertThat(cpu.model()).isEqualTo("Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz");
        assertThat(cpu.family()).isEqualTo(6);
        assertThat(cpu.number()).isEqualTo(143);
        assertThat(cpu.hasAvx2AndFma()).isTrue();
        assertThat(cpu.describe()).endsWith("(GenuineIntel, family 6, model 143, AVX-512)");
        CpuInfo old = CpuInfo.parse(List.of("vendor_id\t: AuthenticAMD", "flags\t\t: fpu sse2 avx"));
        assertThat(old.hasAvx2AndFma()).isFalse();
        assertThat(old.describe()).contains("no AVX2");
    }

    @Test
    void anUnknownModeIsRefusedNamingWhereItCameFrom() {
        assertThat(BlasMode.parse(" Native ", "x")).isEqualTo(BlasMode.NATIVE);
        assertThatThrownBy(() -> BlasMode.parse("fast", "environment variable FOCI_BLAS"))
                .hasMessage("environment variable FOCI_BLAS must be portable or native, but was 'fast'");
    }
}

package org.foci.examples.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.oracle.IplsMinRiskAllocator;

/**
 * The fairness oracle as a library: solves SM-allocation instances with {@code ipls-minrisk} (the paper's
 * Algorithm 1) and prints each allocation and its worst cost.
 *
 * <p>Argument: a JSON file of instances in the format of {@code foci oracle --input} (for example
 * {@code ../oracle-instances.json}); without one, or when the file is missing, a built-in instance.
 */
public final class Main {

    private static final Pattern INSTANCE = Pattern.compile("\\{\\s*\"sms\"\\s*:\\s*(\\d+)\\s*,\\s*\"devices\"\\s*:\\s*\\[(.*?)]");
    private static final Pattern DEVICE = Pattern.compile(
            "\\{\\s*\"rc\"\\s*:\\s*([-+0-9.eE]+)\\s*,\\s*\"rf\"\\s*:\\s*([-+0-9.eE]+)\\s*}");

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        List<AllocationRequest> instances = args.length > 0 && Files.isRegularFile(Path.of(args[0]))
                ? read(Files.readString(Path.of(args[0])))
                : List.of(new AllocationRequest(new double[] {0.8, 0.5, 1.1}, new double[] {1.9, 6.0, 0.4}, 24));

        IplsMinRiskAllocator oracle = new IplsMinRiskAllocator();        // the one line: the paper's oracle
        for (AllocationRequest request : instances) {
            Allocation allocation = oracle.allocate(request);
            System.out.printf("ipls-minrisk L=%d devices=%d sms=%s worstCost=%.6f%n", request.sms(),
                    request.deviceCount(), Arrays.toString(allocation.sms()), allocation.worstCost());
        }
    }

    /** The instances of a {@code foci oracle} input file (a minimal reader for its fixed shape). */
    static List<AllocationRequest> read(String json) {
        List<AllocationRequest> requests = new ArrayList<>();
        Matcher instance = INSTANCE.matcher(json);
        while (instance.find()) {
            List<double[]> devices = new ArrayList<>();
            Matcher device = DEVICE.matcher(instance.group(2));
            while (device.find()) {
                devices.add(new double[] {Double.parseDouble(device.group(1)), Double.parseDouble(device.group(2))});
            }
            requests.add(new AllocationRequest(devices.stream().mapToDouble(d -> d[0]).toArray(),
                    devices.stream().mapToDouble(d -> d[1]).toArray(), Integer.parseInt(instance.group(1))));
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no instance found in the input");
        }
        return requests;
    }
}

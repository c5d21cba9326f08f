package org.foci.agents.dqn;

import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossUtil;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The Huber loss (smooth L1) for deeplearning4j:
 * {@code ℓ(e) = e²/2} for {@code |e| <= δ}, {@code δ(|e| − δ/2)} otherwise, with {@code e = output − label},
 * summed over the unmasked outputs of an example and averaged over the examples.
 *
 * <p>The Q-learner trains on the taken action only: it passes a per-output label mask with a single 1
 * per row (the action taken), so the other outputs contribute neither loss nor gradient. A
 * per-example mask ({@code [batch, 1]}) is also accepted.
 *
 * <p>Gradients are per example (not divided by the batch size): deeplearning4j's updater divides,
 * as for its built-in losses. Immutable and thread-safe.
 */
public final class HuberLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    private final double delta;

    /**
     * @param delta the threshold δ between the quadratic and the linear part, {@code > 0}
     * @throws IllegalArgumentException if {@code delta} is not finite and positive
     */
    public HuberLoss(@JsonProperty("delta") double delta) {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("delta must be finite and > 0, but was " + delta);
        }
        this.delta = delta;
    }

    /** The threshold δ. */
    public double getDelta() {
        return delta;
    }

    private INDArray error(INDArray labels, INDArray preOutput, IActivation activation) {
        INDArray output = activation.getActivation(preOutput.dup(), true);
        if (!labels.equalShapes(output)) {
            throw new IllegalArgumentException("labels and outputs must have the same shape, but were "
                    + java.util.Arrays.toString(labels.shape()) + " and " + java.util.Arrays.toString(output.shape()));
        }
        return output.subi(labels.castTo(output.dataType()));
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        INDArray error = error(labels, preOutput, activation);
        INDArray absolute = Transforms.abs(error, true);
        INDArray clipped = Transforms.min(absolute, delta, true);
        // ℓ = c·(|e| − c/2) with c = min(|e|, δ): e²/2 inside, δ(|e| − δ/2) outside.
        INDArray perOutput = clipped.mul(absolute.subi(clipped.mul(0.5)));
        if (mask != null) {
            LossUtil.applyMask(perOutput, mask);
        }
        return perOutput.sum(true, 1);
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
                               boolean average) {
        double sum = computeScoreArray(labels, preOutput, activation, mask).sumNumber().doubleValue();
        return average ? sum / labels.size(0) : sum;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        INDArray error = error(labels, preOutput, activation);
        INDArray dOutput = Transforms.max(Transforms.min(error, delta, false), -delta, false);
        if (mask != null) {
            LossUtil.applyMask(dOutput, mask);
        }
        INDArray gradient = activation.backprop(preOutput.dup(), dOutput).getFirst();
        if (mask != null) {
            LossUtil.applyMask(gradient, mask);
        }
        return gradient;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activation,
                                                          INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activation, mask, average),
                computeGradient(labels, preOutput, activation, mask));
    }

    @Override
    public String name() {
        return "huber";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HuberLoss h && Double.compare(h.delta, delta) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(HuberLoss.class, delta);
    }

    @Override
    public String toString() {
        return "HuberLoss(delta=" + delta + ")";
    }
}

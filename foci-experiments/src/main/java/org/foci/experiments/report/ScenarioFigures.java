package org.foci.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foci.api.env.PointSample;
import org.foci.api.env.ServiceArea;
import org.foci.env.scenario.DvfsPoint;
import org.foci.env.scenario.LayerRow;
import org.foci.env.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scenario's pictures: the trace density with the edges and their perception circles (the
 * paper's Fig. 5a), the DVFS curve (Fig. 5b/c), and MobileNetV3-Large's layers.
 */
public final class ScenarioFigures {

    private static final int BINS = 64;
    // Wide enough for the colour legend, so that the plotted square is square and circles are round.
    private static final int HEATMAP_WIDTH = 900;
    private static final int HEATMAP_HEIGHT = 800;

    private ScenarioFigures() {
    }

    /** Writes heatmap.png, dvfs.png and layers.png into {@code dir}; returns the file names. */
    public static List<Path> write(Scenario scenario, Path dir) throws IOException {
        Path heatmap = dir.resolve("heatmap.png");
        Path dvfs = dir.resolve("dvfs.png");
        Path layers = dir.resolve("layers.png");
        Charts.write(heatmap, heatmap(scenario), HEATMAP_WIDTH, HEATMAP_HEIGHT);
        Charts.write(dvfs, dvfs(scenario.dvfsCurve(91)));
        Charts.write(layers, layers(scenario.layerTable()));
        return List.of(heatmap, dvfs, layers);
    }

    /**
     * The paper's Fig. 5a for a job's report, when the job's environment is the built-in one.
     *
     * @return the figure written, or nothing for another environment plug-in
     */
    public static java.util.Optional<Figures.Figure> reportHeatmap(org.foci.api.env.Environment environment, Path out)
            throws IOException {
        java.util.Optional<Scenario> scenario = Scenario.from(environment);
        if (scenario.isEmpty()) {
            return java.util.Optional.empty();
        }
        Charts.write(out.resolve("figures/fig5a-heatmap.png"), heatmap(scenario.get()), HEATMAP_WIDTH,
                HEATMAP_HEIGHT);
        return java.util.Optional.of(new Figures.Figure("figures/fig5a-heatmap.png",
                "Fig. 5a: density of the trace fixes in the service area, the edges (k-means over the fixes) and "
                        + "their perception radius"));
    }

    /** Trace fixes binned on a grid (log colour scale), edges and their perception circles. */
    static JFreeChart heatmap(Scenario scenario) {
        ServiceArea area = scenario.area();
        double half = area.halfSideM();
        double bin = area.sideM() / BINS;
        double[] counts = new double[BINS * BINS];
        PointSample sample = scenario.densitySample();
        for (int i = 0; i < sample.size(); i++) {
            int bx = Math.min(BINS - 1, (int) ((sample.xM()[i] + half) / bin));
            int by = Math.min(BINS - 1, (int) ((sample.yM()[i] + half) / bin));
            counts[by * BINS + bx]++;
        }
        double max = 1;
        double[][] xyz = new double[3][BINS * BINS];
        for (int by = 0; by < BINS; by++) {
            for (int bx = 0; bx < BINS; bx++) {
                int cell = by * BINS + bx;
                xyz[0][cell] = -half + (bx + 0.5) * bin;
                xyz[1][cell] = -half + (by + 0.5) * bin;
                xyz[2][cell] = Math.log10(1 + counts[cell]);
                max = Math.max(max, xyz[2][cell]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("fixes", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(bin);
        renderer.setBlockHeight(bin);
        LookupPaintScale scale = new LookupPaintScale(0, max + 1e-9, Color.WHITE);
        for (int i = 1; i <= 20; i++) {
            float t = i / 20f;
            scale.add(max * (i - 1) / 20.0 + 1e-12, new Color(1f, 1f - 0.85f * t, 1f - t));
        }
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis("metres east of the centre");
        NumberAxis y = new NumberAxis("metres north of the centre");
        x.setRange(-half, half);
        y.setRange(-half, half);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        double radius = scenario.perceptionRadiusM();
        double[] ex = scenario.edgeXM();
        double[] ey = scenario.edgeYM();
        for (int n = 0; n < ex.length; n++) {
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(ex[n] - radius, ey[n] - radius,
                    2 * radius, 2 * radius), new BasicStroke(1.5f), new Color(0x1f77b4)));
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(ex[n] - 14, ey[n] - 14, 28, 28),
                    new BasicStroke(1f), Color.BLACK, Color.BLACK));
            plot.addAnnotation(new XYTextAnnotation("e" + (n + 1), ex[n] + 40, ey[n] + 40));
        }
        JFreeChart chart = new JFreeChart(String.format(java.util.Locale.ROOT,
                "Trace density, %d edges and their perception radius r_p = %.0f m", ex.length, radius), plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis("log10(1 + fixes per cell)");
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(10, 10, 10, 10);
        chart.addSubtitle(legend);
        return Charts.style(chart);
    }

    /** Frequency ratio, full-local latency and energy against battery level. */
    static JFreeChart dvfs(List<DvfsPoint> curve) {
        NumberAxis battery = new NumberAxis("battery level (fraction of capacity)");
        battery.setRange(0, 1);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(battery);
        plot.add(subplot("frequency ratio f", curve.stream().mapToDouble(DvfsPoint::batteryFraction).toArray(),
                curve.stream().mapToDouble(DvfsPoint::frequencyRatio).toArray(), 0));
        plot.add(subplot("latency (ms)", curve.stream().mapToDouble(DvfsPoint::batteryFraction).toArray(),
                curve.stream().mapToDouble(DvfsPoint::fullLocalLatencyMs).toArray(), 1));
        plot.add(subplot("energy (mJ)", curve.stream().mapToDouble(DvfsPoint::batteryFraction).toArray(),
                curve.stream().mapToDouble(DvfsPoint::fullLocalEnergyMj).toArray(), 2));
        JFreeChart chart = new JFreeChart("DVFS: clock, and a fully local inference, against battery level", plot);
        chart.removeLegend();
        return Charts.style(chart);
    }

    /** MACs and output size per layer (log scale), and the cumulative local latency. */
    static JFreeChart layers(List<LayerRow> rows) {
        double[] k = rows.stream().mapToDouble(LayerRow::layer).toArray();
        NumberAxis layer = new NumberAxis("layer k (split after k: layers 1..k on the device)");
        layer.setRange(0.5, rows.size() + 0.5);
        layer.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(layer);
        plot.add(bars("MACs (millions)", k, rows.stream().mapToDouble(r -> r.macs() / 1e6).toArray(), 0));
        XYPlot output = bars("output (elements)", k, rows.stream().mapToDouble(LayerRow::outputElements).toArray(), 1);
        output.setRangeAxis(new LogAxis("output (elements, log)"));
        plot.add(output);
        plot.add(subplot("cumulative local latency (ms)", k,
                rows.stream().mapToDouble(LayerRow::cumulativeLocalLatencyMs).toArray(), 2));
        JFreeChart chart = new JFreeChart("MobileNetV3-Large, layer by layer", plot);
        chart.removeLegend();
        return Charts.style(chart);
    }

    private static XYPlot subplot(String label, double[] x, double[] y, int colour) {
        XYSeries series = new XYSeries(label);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, palette(colour));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        return plot;
    }

    private static XYPlot bars(String label, double[] x, double[] y, int colour) {
        XYSeries series = new XYSeries(label);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        XYBarRenderer renderer = new XYBarRenderer(0.2);
        renderer.setSeriesPaint(0, palette(colour));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, new NumberAxis(label), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        return plot;
    }

    private static Color palette(int i) {
        return new Color[] {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)}[i % 3];
    }
}

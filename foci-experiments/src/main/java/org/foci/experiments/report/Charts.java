package org.foci.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.foci.experiments.io.AtomicFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG charts with JFreeChart, in one consistent style; files are written atomically. */
public final class Charts {

    /** Chart size in pixels. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /**
     * An effect plot: the levels of a categorical factor on the x axis, in the given order, one line with markers
     * per series; a series without a value at a level leaves a gap.
     *
     * @param levels the factor's levels, in axis order
     * @param series per series name, its value at each level it has
     */
    public static void effects(Path file, String title, String xLabel, String yLabel, List<String> levels,
                               Map<String, Map<String, Double>> series) throws IOException {
        org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (String level : levels) {
                data.addValue(values.get(level), name, level);
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.chart.renderer.category.LineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.category.LineAndShapeRenderer(true, true);
        lineStyles(renderer, data.getRowCount());
        plot.setRenderer(renderer);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        write(file, style(chart));
    }

    /** The palette's colours and a 2-px line for the first {@code count} series. */
    private static void lineStyles(org.jfree.chart.renderer.AbstractRenderer renderer, int count) {
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    /** A line per series; each series is {@code {x[], y[]}}; NaN y values are skipped. */
    public static void lines(Path file, String title, String xLabel, String yLabel, Map<String, double[][]> series)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach((name, xy) -> {
            XYSeries line = new XYSeries(name, false, true);
            for (int i = 0; i < xy[0].length; i++) {
                if (!Double.isNaN(xy[1][i])) {
                    line.add(xy[0][i], xy[1][i]);
                }
            }
            data.addSeries(line);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        lineStyles(renderer, data.getSeriesCount());
        plot.setRenderer(renderer);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        write(file, style(chart));
    }

    /** Empirical CDFs, one per sample. */
    public static void cdf(Path file, String title, String xLabel, Map<String, double[]> samples) throws IOException {
        Map<String, double[][]> series = new java.util.LinkedHashMap<>();
        samples.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] share = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                share[i] = (i + 1.0) / sorted.length;
            }
            series.put(name, new double[][] {sorted, share});
        });
        lines(file, title, xLabel, "share of devices", series);
    }

    /** Box plots (median, quartiles, whiskers, outliers) of samples, one box per sample. */
    public static void boxes(Path file, String title, String yLabel, Map<String, double[]> samples) throws IOException {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        samples.forEach((name, values) -> data.add(Arrays.stream(values).boxed().toList(), yLabel, name));
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart(title, null, yLabel, data, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BoxAndWhiskerRenderer renderer = (BoxAndWhiskerRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setMeanVisible(true);
        renderer.setMaxOutlierVisible(true);
        renderer.setMinOutlierVisible(true);
        // The mean and outlier marks scale with the box width: narrow boxes keep them small.
        renderer.setMaximumBarWidth(0.08);
        renderer.setFillBox(true);
        renderer.setArtifactPaint(new Color(0x333333));
        plot.getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        write(file, style(chart));
    }

    /** Writes a chart as PNG, atomically, at the standard size. */
    public static void write(Path file, JFreeChart chart) throws IOException {
        write(file, chart, WIDTH, HEIGHT);
    }

    /** Writes a chart as PNG, atomically, at a given size in pixels. */
    public static void write(Path file, JFreeChart chart, int width, int height) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** The house style: white background, light grid, readable fonts. */
    public static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(new Color(0xdddddd));
            xy.setRangeGridlinePaint(new Color(0xdddddd));
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setBackgroundPaint(Color.WHITE);
            category.setRangeGridlinePaint(new Color(0xdddddd));
        }
        return chart;
    }

    /** A moving average over {@code window} points (shorter at the start), for noisy per-step series. */
    public static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    /** {@code 0, 1, …, n-1} (or {@code 1..n} with {@code fromOne}) as doubles. */
    public static double[] indices(int n, boolean fromOne) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = fromOne ? i + 1 : i;
        }
        return x;
    }

    /** Concatenates arrays. */
    public static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}

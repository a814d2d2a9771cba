package org.amends.app.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a {@link Chart} in SVG user units: the plot area, gridlines with their values,
 * and each bar or point with its value printed as text. Computed here so that the template only
 * places what it is given.
 */
public record ChartDrawing(int width, int height, int plotLeft, int plotTop, int plotWidth, int plotHeight,
    List<Tick> ticks, List<Label> categoryLabels, List<Mark> marks, List<Line> lines, List<Key> keys) {

  static final int WIDTH = 640;
  static final int HEIGHT = 380;
  private static final int LEFT = 48;
  private static final int TOP = 24;
  private static final int RIGHT = 16;
  private static final int BOTTOM = 130;
  /** Fills by series: GOV.UK blue, then black with a pattern, so that no series is told by colour alone. */
  private static final String[] FILLS = {"#1d70b8", "url(#%s-hatch)", "url(#%s-dots)", "#505a5f"};
  private static final String[] STROKES = {"#1d70b8", "#0b0c0c", "#d4351c", "#505a5f"};
  private static final String[] MARKERS = {"circle", "square", "triangle", "diamond"};

  public record Tick(double y, String label) {}

  /** A category's label; slanted (with its anchor at its end) when there are many, so none overlap. */
  public record Label(double x, double y, String text, String anchor, String transform) {}

  /** A bar (rect) or a point (marker), with its value's label just above it. */
  public record Mark(int series, double x, double y, double width, double height, String fill, String stroke,
      String marker, String value, double labelX, double labelY) {

    /** The triangle's or diamond's points. */
    public String polygon() {
      return ChartDrawing.polygon(marker, x, y);
    }
  }

  public record Line(int series, String points, String stroke, String dash) {}

  public record Key(double x, double y, String name, String fill, String stroke, String marker) {}

  static ChartDrawing of(Chart chart) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    double max = niceMax(chart.series().stream().flatMap(s -> s.values().stream())
        .mapToDouble(ChartDrawing::value).max().orElse(0));
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      ticks.add(new Tick(TOP + plotHeight - plotHeight * (v / max), format(v)));
    }
    int n = chart.categories().size();
    double band = n == 0 ? plotWidth : (double) plotWidth / n;
    List<Label> labels = new ArrayList<>();
    boolean slanted = n > 4;
    for (int i = 0; i < n; i++) {
      double x = LEFT + band * i + band / 2;
      double y = TOP + plotHeight + 18;
      labels.add(new Label(x, y, chart.categories().get(i), slanted ? "end" : "middle",
          slanted ? "rotate(-35 " + round(x) + " " + round(y) + ")" : null));
    }
    List<Mark> marks = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    int seriesCount = chart.series().size();
    for (int s = 0; s < seriesCount; s++) {
      Chart.Series series = chart.series().get(s);
      String fill = FILLS[s % FILLS.length].formatted(chart.id());
      String stroke = STROKES[s % STROKES.length];
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double v = value(series.values().get(i));
        double h = plotHeight * (v / max);
        double top = TOP + plotHeight - h;
        if (chart.kind() == Chart.Kind.BAR) {
          double barWidth = Math.min(48, band * 0.8 / seriesCount);
          double x = LEFT + band * i + (band - barWidth * seriesCount) / 2 + barWidth * s;
          marks.add(new Mark(s, x, top, barWidth, h, fill, "#0b0c0c", null, format(v), x + barWidth / 2, top - 4));
        } else {
          double x = LEFT + band * i + band / 2;
          points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(top));
          marks.add(new Mark(s, x, top, 8, 8, stroke, stroke, MARKERS[s % MARKERS.length], format(v), x,
              top - 8 - 10 * s));
        }
      }
      if (chart.kind() == Chart.Kind.LINE) {
        lines.add(new Line(s, points.toString(), stroke, s == 0 ? null : "6 3"));
      }
    }
    List<Key> keys = new ArrayList<>();
    for (int s = 0; s < seriesCount; s++) {
      keys.add(new Key(LEFT + 160.0 * s, HEIGHT - 12, chart.series().get(s).name(),
          chart.kind() == Chart.Kind.BAR ? FILLS[s % FILLS.length].formatted(chart.id()) : STROKES[s % STROKES.length],
          STROKES[s % STROKES.length], MARKERS[s % MARKERS.length]));
    }
    return new ChartDrawing(WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight, ticks, labels, marks, lines, keys);
  }

  /** The triangle or diamond marker's points around (x, y). */
  static String polygon(String marker, double x, double y) {
    return "triangle".equals(marker)
        ? round(x) + "," + round(y - 5) + " " + round(x + 5) + "," + round(y + 4) + " " + round(x - 5) + "," + round(y + 4)
        : round(x) + "," + round(y - 5) + " " + round(x + 5) + "," + round(y) + " " + round(x) + "," + round(y + 5)
            + " " + round(x - 5) + "," + round(y);
  }

  static double value(Number number) {
    return number == null ? 0 : number.doubleValue();
  }

  /** 1, 2, 2.5 or 5 times a power of ten at or above the largest value, so the gridlines read well. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  /** A number as people write it: no trailing zeros, at most one decimal place. */
  public static String format(Number number) {
    return BigDecimal.valueOf(value(number)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}

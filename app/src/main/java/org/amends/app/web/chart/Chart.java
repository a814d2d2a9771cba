package org.amends.app.web.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart drawn on the server as accessible SVG by the Thymeleaf fragment
 * {@code fragments/chart :: chart(chart=${...})}: a {@code <figure>} whose SVG has
 * {@code role="img"} with its title and description, every value printed as a number beside its
 * bar or point (never colour alone: the second and later series also differ by pattern and
 * marker), and the same data as a table under it.
 *
 * <p>The data is general: categories along the horizontal axis (weeks, sources, funnel steps) and
 * one or more named series of numbers, one number per category. For example, referrals and
 * closures per week:
 *
 * <pre>{@code
 * Chart chart = Chart.line("weekly", "Referrals and closures per week",
 *     "Referrals received and cases closed in each of the last 4 weeks",
 *     List.of("3 Mar", "10 Mar", "17 Mar", "24 Mar"),
 *     List.of(new Series("Referrals", List.of(9, 12, 7, 10)),
 *             new Series("Closures", List.of(5, 8, 8, 6))));
 * model.addAttribute("weekly", chart);
 * // <div th:replace="~{fragments/chart :: chart(chart=${weekly})}"></div>
 * }</pre>
 *
 * @param id unique on the page; the SVG's title, description and table ids start with it
 * @param title shown as the figure's caption and the SVG's title
 * @param description what the chart shows, read out by screen readers (the SVG's desc)
 * @param kind bars side by side per category, or lines through the categories
 * @param categories the labels along the horizontal axis, in order
 * @param series one or more named series, each with one number per category
 */
public record Chart(String id, String title, String description, Kind kind, List<String> categories,
    List<Series> series) {

  public enum Kind { BAR, LINE }

  /** One named series: one number per category (a missing value is 0). */
  public record Series(String name, List<? extends Number> values) {

    public Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }
  }

  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("Chart " + id + " needs at least one series");
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("Series '" + s.name() + "' of chart " + id + " has "
            + s.values().size() + " values for " + categories.size() + " categories");
      }
    }
  }

  public static Chart bar(String id, String title, String description, List<String> categories,
      List<Series> series) {
    return new Chart(id, title, description, Kind.BAR, categories, series);
  }

  public static Chart line(String id, String title, String description, List<String> categories,
      List<Series> series) {
    return new Chart(id, title, description, Kind.LINE, categories, series);
  }

  /** A bar chart of one series. */
  public static Chart bar(String id, String title, String description, String seriesName,
      List<String> categories, List<? extends Number> values) {
    return bar(id, title, description, categories, List.of(new Series(seriesName, values)));
  }

  /** One row of the chart's table: a category and its value in each series, as printed. */
  public record Row(String category, List<String> values) {}

  /** The chart's figures as the table under it shows them. */
  public List<Row> rows() {
    return java.util.stream.IntStream.range(0, categories.size())
        .mapToObj(i -> new Row(categories.get(i),
            series.stream().map(s -> ChartDrawing.format(s.values().get(i))).toList()))
        .toList();
  }

  /** Where everything goes in the SVG, for the fragment. */
  public ChartDrawing drawing() {
    return ChartDrawing.of(this);
  }
}

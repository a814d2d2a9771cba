package org.amends.app.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.web.Fragments;
import org.junit.jupiter.api.Test;

/** The chart component drawn by its real Thymeleaf fragment: SVG with its title and description, numbers, table. */
class ChartTest {

  private static final Chart WEEKLY = Chart.line("weekly", "Referrals and closures per week",
      "Referrals received and cases closed in each of four weeks.", List.of("3 Mar", "10 Mar", "17 Mar", "24 Mar"),
      List.of(new Chart.Series("Referrals", List.of(9, 12, 7, 10)), new Chart.Series("Closures", List.of(5, 8, 8, 6.5))));

  @Test
  void shouldDrawAnAccessibleFigureWithEveryValuePrintedAndTabled() {
    String html = render(WEEKLY);

    assertThat(html).contains("<figure class=\"amends-chart\" id=\"weekly\">")
        .contains("role=\"img\"").contains("aria-labelledby=\"weekly-title weekly-desc\"")
        .contains("<title id=\"weekly-title\">Referrals and closures per week</title>")
        .contains("<desc id=\"weekly-desc\">Referrals received and cases closed in each of four weeks.")
        .contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Closures</th>");
    // every value is printed on the chart (bold labels) and in the table
    assertThat(texts(html, "<text [^>]*font-weight=\"bold\"[^>]*>([^<]+)</text>"))
        .containsExactly("9", "12", "7", "10", "5", "8", "8", "6.5");
    assertThat(texts(html, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">([^<]+)</td>"))
        .containsExactly("9", "5", "12", "8", "7", "8", "10", "6.5");
    // two lines, the second dashed and with other markers: not told apart by colour alone
    assertThat(html).contains("stroke-dasharray=\"6 3\"").contains("<circle").contains("<rect x=");
  }

  @Test
  void shouldDrawBarsSideBySideScaledToARoundMaximum() {
    Chart bars = Chart.bar("sources", "Referrals by source", "Referrals from each source.", List.of("Police", "Self"),
        List.of(new Chart.Series("2024/25", List.of(40, 10)), new Chart.Series("2025/26", List.of(43, 0))));
    ChartDrawing d = bars.drawing();

    assertThat(ChartDrawing.niceMax(43)).isEqualTo(50);
    assertThat(ChartDrawing.niceMax(0)).isEqualTo(1);
    assertThat(d.ticks()).extracting(ChartDrawing.Tick::label).containsExactly("0", "12.5", "25", "37.5", "50");
    assertThat(d.marks()).hasSize(4).allSatisfy(m -> assertThat(m.marker()).isNull());
    ChartDrawing.Mark police2024 = d.marks().get(0);
    ChartDrawing.Mark police2025 = d.marks().get(2);
    assertThat(police2024.height()).isCloseTo(d.plotHeight() * 40 / 50.0, org.assertj.core.data.Offset.offset(0.001));
    assertThat(police2025.x()).isEqualTo(police2024.x() + police2024.width());
    assertThat(police2025.fill()).isEqualTo("url(#sources-hatch)");
    assertThat(render(bars)).contains("<pattern id=\"sources-hatch\"");
  }

  @Test
  void shouldRefuseASeriesThatDoesNotFitItsCategories() {
    assertThatThrownBy(() -> Chart.bar("x", "X", "X", "Cases", List.of("A", "B"), List.of(1)))
        .hasMessage("Series 'Cases' of chart x has 1 values for 2 categories");
  }

  private static String render(Chart chart) {
    return Fragments.render("<div th:replace=\"~{fragments/chart :: chart(chart=${chart})}\"></div>", Map.of("chart", chart));
  }


  private static List<String> texts(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}

package org.amends.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting years run April to March and read "2025/26"; ranges compare with the days just before. */
class ReportPeriodTest {

  @Test
  void shouldRunAReportingYearFromAprilToMarch() {
    assertThat(ReportPeriod.yearOf(LocalDate.of(2026, 3, 31))).isEqualTo(ReportPeriod.year(2025));
    assertThat(ReportPeriod.yearOf(LocalDate.of(2026, 4, 1))).isEqualTo(ReportPeriod.year(2026));
    ReportPeriod year = ReportPeriod.parseYear("2025/26").orElseThrow();
    assertThat(year.from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(year.yearLabel()).isEqualTo("2025/26");
    assertThat(year.label()).isEqualTo("2025/26 (1 April 2025 to 31 March 2026)");
    assertThat(year.previous().yearLabel()).isEqualTo("2024/25");
    assertThat(ReportPeriod.year(2099).yearLabel()).isEqualTo("2099/00");
    assertThat(ReportPeriod.parseYear("2099/00")).contains(ReportPeriod.year(2099));
    for (String wrong : List.of("2025/27", "2025-26", "25/26", "2025/2026", "abcd/ef", "")) {
      assertThat(ReportPeriod.parseYear(wrong)).as(wrong).isEmpty();
    }
  }

  @Test
  void shouldCompareARangeWithTheSameNumberOfDaysJustBefore() {
    ReportPeriod quarter = ReportPeriod.range(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    assertThat(quarter.previous()).isEqualTo(ReportPeriod.range(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 31)));
    assertThat(quarter.query()).isEqualTo("from.day=1&from.month=4&from.year=2025&to.day=30&to.month=6&to.year=2025");
  }

  @Test
  void shouldTakeTheMedianOfTheWorkingDays() {
    assertThat(Medians.median(List.of(3, 4, 0, 1))).isEqualByComparingTo(new BigDecimal("2"));
    assertThat(Medians.median(List.of(5, 1, 3))).isEqualByComparingTo(new BigDecimal("3"));
    assertThat(Medians.median(List.of(1, 2))).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(Medians.median(List.of())).isNull();
  }

  @Test
  void shouldWritePercentagesAsWholeNumbersHalfUp() {
    assertThat(Words.percent(2, 3)).isEqualTo("67%");
    assertThat(Words.percent(1, 8)).isEqualTo("13%");
    assertThat(Words.percent(0, 0)).isNull();
    assertThat(Words.code("YOUTH_OFFENDING_TEAM")).isEqualTo("Youth offending team");
    assertThat(Words.code("GP_SURGERY")).isEqualTo("GP surgery");
  }
}

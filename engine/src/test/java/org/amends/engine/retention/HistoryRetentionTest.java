package org.amends.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryRetentionTest {

  @Test
  void shouldCountYearsAsCalendarYears() {
    assertThat(HistoryRetention.parse("P7Y").cutoff(Instant.parse("2033-03-01T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(HistoryRetention.DEFAULT).isEqualTo(HistoryRetention.parse("p7y"));
  }

  @Test
  void shouldReadPeriodsWithATimePart() {
    assertThat(HistoryRetention.parse("P1DT12H").cutoff(Instant.parse("2026-01-03T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-01-01T12:00:00Z"));
    assertThat(HistoryRetention.parse("PT1H").cutoff(Instant.parse("2026-01-01T01:00:00Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void shouldRefuseWhatIsNotAPositivePeriod() {
    assertThatThrownBy(() -> HistoryRetention.parse("seven years")).hasMessageContaining("P7Y");
    assertThatThrownBy(() -> HistoryRetention.parse("P0D")).hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> HistoryRetention.parse("P-1Y")).hasMessageContaining("longer than zero");
  }
}

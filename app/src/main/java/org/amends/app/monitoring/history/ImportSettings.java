package org.amends.app.monitoring.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code amends.monitoring.import}: see application.yml. */
@ConfigurationProperties("amends.monitoring.import")
record ImportSettings(boolean enabled, Duration interval, int pageSize, Duration overlap, Duration sweepInterval) {

  ImportSettings {
    interval = interval == null ? Duration.ofSeconds(2) : interval;
    pageSize = pageSize <= 0 ? 2000 : pageSize;
    overlap = overlap == null ? Duration.ofSeconds(10) : overlap;
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
  }
}

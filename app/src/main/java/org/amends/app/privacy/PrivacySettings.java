package org.amends.app.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the personal data of a closed case is kept (amends.privacy.retention, ISO-8601 such
 * as P7Y). When the job runs is amends.privacy.retention-cron, read by RetentionJob's schedule.
 */
@ConfigurationProperties("amends.privacy")
record PrivacySettings(Period retention) {

  PrivacySettings {
    retention = retention == null ? Period.ofYears(7) : retention;
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("amends.privacy.retention must be a positive period, like P7Y");
    }
  }
}

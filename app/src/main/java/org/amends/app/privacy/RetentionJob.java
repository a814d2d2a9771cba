package org.amends.app.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs retention on amends.privacy.retention-cron (nightly by default). */
@Component
class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final Retention retention;

  RetentionJob(Retention retention) {
    this.retention = retention;
  }

  @Scheduled(cron = "${amends.privacy.retention-cron:0 30 2 * * *}")
  void run() {
    RetentionReport report = retention.run();
    // counts only: the references are on the managers' page
    log.info("Retention run: {} cases closed before {} anonymised, {} rows changed",
        report.cases(), report.closedBefore(), report.rows());
  }
}

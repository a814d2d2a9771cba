package org.amends.app.monitoring.history;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
@EnableScheduling
class HistoryImportConfiguration {

  @Bean
  HistoryImport historyImport(CamundaClient camunda, ReportingStore store, ImportCursors cursors,
      TransactionTemplate transactions, ImportSettings settings, Clock clock) {
    return new HistoryImport(camunda, store, cursors, transactions, settings, clock);
  }

  @Bean
  @ConditionalOnProperty(name = "amends.monitoring.import.enabled", havingValue = "true", matchIfMissing = true)
  ScheduledImport scheduledImport(HistoryImport historyImport) {
    return new ScheduledImport(historyImport);
  }

  /** Runs the import every interval, a run at a time (fixed delay: a slow run is never overlapped). */
  static class ScheduledImport {

    private final HistoryImport historyImport;

    ScheduledImport(HistoryImport historyImport) {
      this.historyImport = historyImport;
    }

    @Scheduled(fixedDelayString = "${amends.monitoring.import.interval:2000}",
        initialDelayString = "${amends.monitoring.import.interval:2000}")
    void run() {
      historyImport.runOnce();
    }
  }
}

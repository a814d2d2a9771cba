package org.amends.app.monitoring.targets;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amends.monitoring.targets}: the service's time targets per step (application.yml), and
 * the time of day a due working day ends (Europe/London).
 */
@ConfigurationProperties("amends.monitoring")
public record TargetSettings(List<Target> targets, LocalTime dueBy) {

  public TargetSettings {
    targets = targets == null ? List.of() : List.copyOf(targets);
    dueBy = dueBy == null ? LocalTime.of(17, 0) : dueBy;
  }
}

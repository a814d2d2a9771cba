package org.amends.app.monitoring.targets;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured targets, turned into due dates: the journey gets them as its {@code targetDates}
 * variable (element id → ISO date-time), which the BPMN's user tasks read as their
 * {@code zeebe:taskSchedule dueDate}, so the tasklist's due dates and monitoring's "past target"
 * are the same figure.
 */
public class Targets {

  /** The process variable the BPMN's due dates read (a map: element id → date-time). */
  public static final String VARIABLE = "targetDates";

  static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final TargetSettings settings;
  private final WorkingDays workingDays;

  public Targets(TargetSettings settings, WorkingDays workingDays) {
    this.settings = settings;
    this.workingDays = workingDays;
  }

  public List<Target> all() {
    return settings.targets();
  }

  public Optional<Target> of(String elementId) {
    return settings.targets().stream().filter(t -> t.elementId().equals(elementId)).findFirst();
  }

  /** When a step's target falls, for a case referred on that day: the end of the working day. */
  public OffsetDateTime due(Target target, LocalDate referred, boolean enhancedRights) {
    LocalDate day = workingDays.plus(referred, target.workingDays(enhancedRights));
    return day.atTime(settings.dueBy()).atZone(ZONE).toOffsetDateTime();
  }

  /** Every target's due date for a case, as the journey's {@value #VARIABLE} variable. */
  public Map<String, String> dueDates(LocalDate referred, boolean enhancedRights) {
    Map<String, String> dates = new LinkedHashMap<>();
    for (Target target : settings.targets()) {
      dates.put(target.elementId(), due(target, referred, enhancedRights).toString());
    }
    return dates;
  }

  public WorkingDays workingDays() {
    return workingDays;
  }
}

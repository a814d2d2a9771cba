package org.amends.app.facilitation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amends.app.casework.Area;

/**
 * The rules a facilitator must meet to be proposed for a case, each with the reason it gives when
 * it is not met: active on the register, 18 or over, working in the case's area, a DBS check valid
 * on every meeting date, specialist-trained for a sensitive or complex case, not away on a meeting
 * date, and no conflict of interest recorded on the case.
 *
 * @param meetingDates the days the facilitator must be free and checked on: the case's meetings
 *     still to come, or today when none is scheduled yet (allocation comes before the meetings)
 */
record MatchRules(
    LocalDate today, Area area, String areaName, boolean specialistOnly, List<LocalDate> meetingDates,
    Set<Long> conflicted) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Why the facilitator is left out; empty when they may be proposed. */
  List<String> reasonsAgainst(Facilitator f) {
    List<String> reasons = new ArrayList<>();
    if (!f.available()) {
      reasons.add("not active on the register");
    }
    if (!f.isAdultOn(today)) {
      reasons.add("not 18 or over");
    }
    if (!f.servedAreas().contains(area)) {
      reasons.add("does not work in " + areaName);
    }
    DbsCheck dbs = f.dbsCheck();
    if (!dbs.recorded()) {
      reasons.add("no DBS check recorded");
    } else {
      meetingDates.stream().filter(day -> !dbs.validOn(day)).findFirst().ifPresent(day ->
          reasons.add("DBS check not valid on " + DAY.format(day) + " (it expires on "
              + DAY.format(dbs.expiresOn()) + ")"));
    }
    if (specialistOnly && f.trainingLevel() != TrainingLevel.SPECIALIST) {
      reasons.add("not trained for sensitive or complex cases");
    }
    meetingDates.stream().filter(f::awayOn).findFirst().ifPresent(day ->
        reasons.add("away on " + DAY.format(day)));
    if (conflicted.contains(f.id())) {
      reasons.add("a conflict of interest is recorded on this case");
    }
    return reasons;
  }

  /** Why a facilitator who meets every rule is proposed, with how busy they are. */
  String reasonFor(Facilitator f, int openCases) {
    return "active, works in " + areaName
        + (specialistOnly ? ", specialist-trained" : "")
        + ", DBS check valid until " + DAY.format(f.dbsCheck().expiresOn().minusDays(1))
        + ", free on " + days() + ", " + openCases + (openCases == 1 ? " open case" : " open cases");
  }

  private String days() {
    return String.join(", ", meetingDates.stream().map(DAY::format).toList());
  }
}

package org.amends.app.reporting;

import org.amends.app.monitoring.targets.WorkingDays;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.amends.app.reporting.ReportData.Hours;
import org.amends.app.reporting.ReportData.Referred;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case references behind a figure, or behind one cell of a table (its key): the same rows the
 * figure was counted from, so the list and the figure always agree. References and codes only.
 */
@Service
class Drilldown {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ReportData data;
  private final WorkingDays workingDays;

  Drilldown(ReportData data, WorkingDays workingDays) {
    this.data = data;
    this.workingDays = workingDays;
  }

  /** One line of the list: a case reference (null for hours outside cases) and what it counted as. */
  record Line(String reference, String detail) {}

  @Transactional(readOnly = true)
  List<Line> lines(Figure figure, String key, ReportPeriod p) {
    return switch (figure) {
      case REFERRALS -> referrals(data.referrals(p), r -> true);
      case REFERRAL_CHANGE -> referrals(data.referrals(p.previous()), r -> true);
      case REFERRALS_BY_SOURCE -> referrals(data.referrals(p), r -> r.source().equals(key));
      case REFERRALS_BY_AREA -> referrals(data.referrals(p), byArea(key));
      case VICTIMS_CONTACTED -> perCase(data.harmedContacts(p).stream().filter(ReportData.HarmedContact::twoWay)
          .map(c -> new Counted(c.reference(), c.partyId())).toList(), "harmed person contacted", "harmed people contacted", true);
      case CONTACT_ATTEMPTS -> perCase(data.harmedContacts(p).stream()
          .map(c -> new Counted(c.reference(), c.partyId())).toList(), "contact or attempt", "contacts or attempts", false);
      case SATISFACTION -> data.participantAnswers(p).stream()
          .map(a -> new Line(a.reference(), "Answered " + a.satisfaction() + " of 5"
              + (Boolean.TRUE.equals(a.yes()) ? " (top two)" : ""))).toList();
      case REFERRER_RECOMMEND -> data.referrerAnswers(p).stream()
          .map(a -> new Line(a.reference(), Boolean.TRUE.equals(a.yes()) ? "Would recommend" : "Would not recommend"))
          .toList();
      case VOLUNTEER_HOURS -> hours(data.hours(p), key);
      case CLOSURES_BY_OUTCOME -> data.closures(p).stream().filter(c -> key == null || c.outcome().equals(key))
          .map(c -> new Line(c.reference(), "Closed: " + Words.code(c.outcome()) + " (" + c.outcome() + ")")).toList();
      case FUNNEL -> data.funnel(p).stream()
          .filter(c -> AnnualReports.STEPS.getOrDefault(key == null ? "Referred" : key, x -> false).apply(c))
          .map(c -> new Line(c.reference(), key == null ? "Referred" : key)).toList();
      case DAYS_TO_CONTACT -> data.firstContacts(p).stream()
          .map(f -> new Line(f.reference(), "Referred " + DATE.format(f.referralDate()) + ", first contact "
              + DATE.format(f.firstContact()) + ": " + workingDays.between(f.referralDate(), f.firstContact())
              + " working days")).toList();
      case SAFE_MEETINGS -> data.meetings(p).stream()
          .map(m -> new Line(m.reference(), Words.code(m.kind()) + " on " + DATE.format(m.day())
              + ": both risk assessments first " + yesNo(m.risksFirst()) + ", every party's consent first "
              + yesNo(m.consentFirst()))).toList();
      case ACTIONS_COMPLETED -> data.actions(p).stream()
          .map(a -> new Line(a.reference(), "Action " + (a.number() + 1) + ": " + Words.code(a.status()))).toList();
    };
  }

  private static Predicate<Referred> byArea(String key) {
    if (key == null) {
      return r -> true;
    }
    String[] parts = key.split(":", 2);
    return r -> r.area().equals(parts[0]) && (parts.length == 1 || r.source().equals(parts[1]));
  }

  private static List<Line> referrals(List<Referred> referrals, Predicate<Referred> which) {
    return referrals.stream().filter(which)
        .map(r -> new Line(r.reference(), r.sourceName() + ", " + r.areaName() + ", referred "
            + DATE.format(r.referralDate()))).toList();
  }

  private record Counted(String reference, long partyId) {}

  /** One line per case: how many rows (or distinct people) it had. */
  private static List<Line> perCase(List<Counted> rows, String one, String many, boolean distinctPeople) {
    Map<String, List<Long>> byCase = new LinkedHashMap<>();
    rows.forEach(r -> byCase.computeIfAbsent(r.reference(), k -> new ArrayList<>()).add(r.partyId()));
    return byCase.entrySet().stream().map(e -> {
      long n = distinctPeople ? e.getValue().stream().distinct().count() : e.getValue().size();
      return new Line(e.getKey(), n + " " + (n == 1 ? one : many));
    }).toList();
  }

  /** Key: an activity, "CASE" or "OUTSIDE", or both ("TRAVEL:OUTSIDE"); none for all hours. */
  private static List<Line> hours(List<Hours> hours, String key) {
    String activity = key == null || key.equals("CASE") || key.equals("OUTSIDE") ? null : key.split(":")[0];
    String where = key == null ? null : key.endsWith("CASE") ? "CASE" : key.endsWith("OUTSIDE") ? "OUTSIDE" : null;
    Map<String, BigDecimal> byLine = new LinkedHashMap<>();
    for (Hours h : hours) {
      boolean onCase = h.reference() != null;
      if ((activity == null || h.activity().equals(activity))
          && (where == null || where.equals(onCase ? "CASE" : "OUTSIDE"))) {
        String line = (onCase ? h.reference() : "") + "\u0000" + h.activity();
        byLine.merge(line, h.hours(), BigDecimal::add);
      }
    }
    return byLine.entrySet().stream().map(e -> {
      String[] parts = e.getKey().split("\u0000");
      String reference = parts[0].isEmpty() ? null : parts[0];
      return new Line(reference, (reference == null ? "Outside cases: " : "") + Words.code(parts[1]) + ", "
          + Words.number(e.getValue()) + " hours");
    }).toList();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}

package org.amends.app.reporting;

import org.amends.app.monitoring.targets.WorkingDays;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import org.amends.app.areas.Choice;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.referral.ReferralSource;
import org.amends.app.reporting.AnnualReport.Cell;
import org.amends.app.reporting.AnnualReport.Headline;
import org.amends.app.reporting.AnnualReport.Row;
import org.amends.app.reporting.AnnualReport.Table;
import org.amends.app.reporting.ReportData.Answer;
import org.amends.app.reporting.ReportData.FunnelCase;
import org.amends.app.reporting.ReportData.HarmedContact;
import org.amends.app.reporting.ReportData.Hours;
import org.amends.app.reporting.ReportData.Referred;
import org.amends.app.web.chart.Chart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Works out the report's figures from {@link ReportData}, with the counting rules of {@link Figure}. */
@Service
class AnnualReports {

  private final ReportData data;
  private final WorkingDays workingDays;
  private final ServiceChoices choices;

  AnnualReports(ReportData data, WorkingDays workingDays, ServiceChoices choices) {
    this.data = data;
    this.choices = choices;
    this.workingDays = workingDays;
  }

  @Transactional(readOnly = true)
  AnnualReport report(ReportPeriod period) {
    List<Referred> referrals = data.referrals(period);
    List<Headline> headlines = new ArrayList<>();
    headlines.add(new Headline(Figure.REFERRALS, String.valueOf(referrals.size()), "Referral date in " + period.label()));
    headlines.add(change(referrals.size(), data.referrals(period.previous()).size(), period));
    headlines.addAll(contacts(data.harmedContacts(period)));
    headlines.add(satisfaction(data.participantAnswers(period), data.participantInvitations(period)));
    headlines.add(recommend(data.referrerAnswers(period)));
    List<Hours> hours = data.hours(period);
    headlines.add(hoursHeadline(hours));
    headlines.add(daysToContact(data.firstContacts(period)));
    headlines.add(share(Figure.SAFE_MEETINGS, data.meetings(period).stream()
        .map(m -> m.risksFirst() && m.consentFirst()).toList(), "meetings"));
    headlines.add(share(Figure.ACTIONS_COMPLETED, data.actions(period).stream()
        .map(a -> "COMPLETED".equals(a.status())).toList(), "actions"));

    List<Table> tables = List.of(
        bySource(referrals, reported(choices.all(ChoiceList.SOURCES), referrals, Referred::source)),
        byArea(referrals, reported(choices.all(ChoiceList.AREAS), referrals, Referred::area)), closures(data.closures(period)), funnel(data.funnel(period)),
        hoursTable(hours));
    return new AnnualReport(period, headlines, tables);
  }

  private static Headline change(int now, int before, ReportPeriod period) {
    String previous = period.previous().reportingYear() ? period.previous().yearLabel() : period.previous().label();
    if (before == 0) {
      return new Headline(Figure.REFERRAL_CHANGE, "Not applicable",
          "No referrals in the previous period (" + previous + ") to compare with");
    }
    long percent = Math.round((now - before) * 100.0 / before);
    String value = percent > 0 ? "+" + percent + "%" : percent == 0 ? "0%" : "−" + (-percent) + "%";
    return new Headline(Figure.REFERRAL_CHANGE, value, before + " in " + previous + ", " + now + " in this period");
  }

  private static List<Headline> contacts(List<HarmedContact> contacts) {
    long contacted = contacts.stream().filter(HarmedContact::twoWay).map(HarmedContact::partyId).distinct().count();
    long people = contacts.stream().map(HarmedContact::partyId).distinct().count();
    return List.of(
        new Headline(Figure.VICTIMS_CONTACTED, String.valueOf(contacted), "Distinct harmed people"),
        new Headline(Figure.CONTACT_ATTEMPTS, String.valueOf(contacts.size()),
            "Contacts and attempts, to " + people + (people == 1 ? " harmed person" : " harmed people")));
  }

  private static Headline satisfaction(List<Answer> answers, List<ReportData.Invited> invited) {
    long satisfied = answers.stream().filter(a -> Boolean.TRUE.equals(a.yes())).count();
    long answered = invited.stream().filter(ReportData.Invited::answered).count();
    String rate = Words.percent(answered, invited.size());
    String detail = "n = " + answers.size() + "; response rate "
        + (rate == null ? "not applicable (no survey links sent in the period)"
            : rate + " (" + answered + " of " + invited.size() + " survey links sent in the period answered)");
    return new Headline(Figure.SATISFACTION, orNone(Words.percent(satisfied, answers.size())), detail);
  }

  private static Headline recommend(List<Answer> answers) {
    long yes = answers.stream().filter(a -> Boolean.TRUE.equals(a.yes())).count();
    return new Headline(Figure.REFERRER_RECOMMEND, orNone(Words.percent(yes, answers.size())), "n = " + answers.size());
  }

  private static Headline hoursHeadline(List<Hours> hours) {
    BigDecimal onCases = sum(hours.stream().filter(h -> h.reference() != null).toList());
    BigDecimal outside = sum(hours.stream().filter(h -> h.reference() == null).toList());
    return new Headline(Figure.VOLUNTEER_HOURS, Words.number(onCases.add(outside)),
        "On cases " + Words.number(onCases) + ", outside cases " + Words.number(outside));
  }

  private Headline daysToContact(List<ReportData.FirstContact> firsts) {
    BigDecimal median = Medians.median(firsts.stream()
        .map(f -> workingDays.between(f.referralDate(), f.firstContact())).toList());
    return new Headline(Figure.DAYS_TO_CONTACT, median == null ? "No cases" : Words.number(median),
        "n = " + firsts.size() + (firsts.size() == 1 ? " case" : " cases"));
  }

  private static Headline share(Figure figure, List<Boolean> outcomes, String what) {
    long yes = outcomes.stream().filter(Boolean::booleanValue).count();
    return new Headline(figure, orNone(Words.percent(yes, outcomes.size()), "No " + what),
        yes + " of " + outcomes.size() + " " + what);
  }

  /**
   * The rows a table by area or source has: every choice still offered, and a retired one while
   * the period has referrals with it (so old years still add up).
   */
  private static List<Choice> reported(List<Choice> all, List<Referred> referrals, Function<Referred, String> code) {
    Set<String> used = referrals.stream().map(code).collect(Collectors.toSet());
    return all.stream().filter(c -> !c.retired() || used.contains(c.code())).toList();
  }

  private static Table bySource(List<Referred> referrals, List<Choice> sources) {
    Map<String, Long> counts = count(referrals, Referred::source);
    List<String> names = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Choice source : sources) {
      long n = counts.getOrDefault(source.code(), 0L);
      names.add(source.label());
      values.add(n);
      rows.add(new Row(source.label(), List.of(new Cell(String.valueOf(n), source.code()))));
    }
    rows.add(new Row("Total", List.of(new Cell(String.valueOf(referrals.size()), null))));
    return new Table("referrals-by-source", Figure.REFERRALS_BY_SOURCE, List.of("Source", "Referrals"), rows,
        Chart.bar("chart-referrals-by-source", "Referrals by source", "Bar chart of the referrals received in the "
            + "period from each source.", "Referrals", names, values));
  }

  private static Table byArea(List<Referred> referrals, List<Choice> areas) {
    Map<String, Long> all = count(referrals, Referred::area);
    Map<String, Long> police = count(referrals.stream()
        .filter(r -> ReferralSource.POLICE.code().equals(r.source())).toList(), Referred::area);
    List<String> names = new ArrayList<>();
    List<Long> allValues = new ArrayList<>();
    List<Long> policeValues = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Choice area : areas) {
      long n = all.getOrDefault(area.code(), 0L);
      long p = police.getOrDefault(area.code(), 0L);
      names.add(area.label());
      allValues.add(n);
      policeValues.add(p);
      rows.add(new Row(area.label(), List.of(new Cell(String.valueOf(n), area.code()),
          new Cell(String.valueOf(p), area.code() + ":POLICE"))));
    }
    return new Table("referrals-by-area", Figure.REFERRALS_BY_AREA, List.of("Area", "All sources", "Police"), rows,
        Chart.bar("chart-referrals-by-area", "Referrals by area", "Bar chart of the referrals received in the period "
            + "in each area, all sources beside police only.", names,
            List.of(new Chart.Series("All sources", allValues), new Chart.Series("Police", policeValues))));
  }

  private static Table closures(List<ReportData.Closure> closures) {
    Map<String, Long> counts = count(closures, ReportData.Closure::outcome);
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (ClosureOutcome outcome : ClosureOutcome.values()) {
      long n = counts.getOrDefault(outcome.name(), 0L);
      names.add(Words.code(outcome.name()));
      values.add(n);
      rows.add(new Row(Words.code(outcome.name()) + " (" + outcome.name() + ")",
          List.of(new Cell(String.valueOf(n), outcome.name()))));
    }
    rows.add(new Row("Total", List.of(new Cell(String.valueOf(closures.size()), null))));
    return new Table("closures-by-outcome", Figure.CLOSURES_BY_OUTCOME, List.of("Outcome (code)", "Cases"), rows,
        Chart.bar("chart-closures-by-outcome", "Closures by outcome", "Bar chart of the cases closed in the period "
            + "by outcome code.", "Cases", names, values));
  }

  /** The funnel's steps, in order, with the test each case passes to reach it. */
  static final Map<String, Function<FunnelCase, Boolean>> STEPS = stepsInOrder();

  private static Map<String, Function<FunnelCase, Boolean>> stepsInOrder() {
    Map<String, Function<FunnelCase, Boolean>> steps = new java.util.LinkedHashMap<>();
    steps.put("Referred", c -> true);
    steps.put("Contacted", FunnelCase::contacted);
    steps.put("Consented", FunnelCase::consented);
    steps.put("Prepared", FunnelCase::prepared);
    steps.put("Direct or indirect", FunnelCase::met);
    steps.put("Completed", FunnelCase::completed);
    return java.util.Collections.unmodifiableMap(steps);
  }

  private static Table funnel(List<FunnelCase> cases) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    STEPS.forEach((step, test) -> {
      long n = cases.stream().filter(test::apply).count();
      names.add(step);
      values.add(n);
      rows.add(new Row(step, List.of(new Cell(String.valueOf(n), step),
          new Cell(orNone(Words.percent(n, cases.size()), "No referrals"), null))));
    });
    return new Table("funnel", Figure.FUNNEL, List.of("Step", "Cases", "Share of referrals"), rows,
        Chart.bar("chart-funnel", "From referral to completion", "Bar chart of how many of the cases referred in "
            + "the period reached each step, from referral to completion.", "Cases", names, values));
  }

  private static Table hoursTable(List<Hours> hours) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<BigDecimal> onCases = new ArrayList<>();
    List<BigDecimal> outside = new ArrayList<>();
    for (VolunteerActivity activity : VolunteerActivity.values()) {
      List<Hours> of = hours.stream().filter(h -> h.activity().equals(activity.name())).toList();
      BigDecimal on = sum(of.stream().filter(h -> h.reference() != null).toList());
      BigDecimal off = sum(of.stream().filter(h -> h.reference() == null).toList());
      names.add(Words.code(activity.name()));
      onCases.add(on);
      outside.add(off);
      rows.add(new Row(Words.code(activity.name()), List.of(new Cell(Words.number(on), activity.name() + ":CASE"),
          new Cell(Words.number(off), activity.name() + ":OUTSIDE"), new Cell(Words.number(on.add(off)), activity.name()))));
    }
    BigDecimal totalOn = sum(hours.stream().filter(h -> h.reference() != null).toList());
    BigDecimal totalOff = sum(hours.stream().filter(h -> h.reference() == null).toList());
    rows.add(new Row("Total", List.of(new Cell(Words.number(totalOn), "CASE"), new Cell(Words.number(totalOff), "OUTSIDE"),
        new Cell(Words.number(totalOn.add(totalOff)), null))));
    return new Table("volunteer-hours", Figure.VOLUNTEER_HOURS, List.of("Activity", "On cases", "Outside cases", "Total"),
        rows, Chart.bar("chart-volunteer-hours", "Volunteer hours by activity", "Bar chart of the volunteer hours "
            + "worked in the period by activity, on cases beside outside cases.", names,
            List.of(new Chart.Series("On cases", onCases), new Chart.Series("Outside cases", outside))));
  }

  private static <T> Map<String, Long> count(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  static BigDecimal sum(List<Hours> hours) {
    return hours.stream().map(Hours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String orNone(String value) {
    return orNone(value, "No answers");
  }

  private static String orNone(String value, String none) {
    return value == null ? none : value;
  }

  /** Every step's name, for the drill-down's keys. */
  static List<String> steps() {
    return Arrays.asList(STEPS.keySet().toArray(String[]::new));
  }
}

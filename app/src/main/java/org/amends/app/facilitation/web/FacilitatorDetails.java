package org.amends.app.facilitation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.AwayPeriod;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.Supervision;
import org.amends.app.facilitation.TrainingCourse;
import org.amends.app.web.HoursRow;
import org.amends.app.web.SummaryRow;
import org.springframework.ui.Model;

/**
 * What the register's facilitator page and a facilitator's own details page both show: their
 * details, areas, DBS check, training, supervision and dates away (from today on), their cases and
 * their hours.
 */
final class FacilitatorDetails {

  record Line(String first, String second) {}

  record CaseRow(long caseId, String reference, String stage, String other, String allocated) {}

  private FacilitatorDetails() {}

  static void addTo(Model model, Facilitator f, FacilitatorWork work, LocalDate today, boolean contact,
      Map<String, String> areaNames) {
    DbsWording dbs = DbsWording.of(f.dbsCheck(), today);
    List<SummaryRow> rows = new ArrayList<>();
    if (contact) {
      rows.add(SummaryRow.of("Email address", f.email()));
      rows.add(SummaryRow.of("Telephone number", f.phone() == null ? "Not recorded" : f.phone()));
      rows.add(SummaryRow.of("Date of birth", Labels.date(f.dateOfBirth())));
    }
    rows.add(SummaryRow.of("Volunteer or staff", f.volunteer() ? "Volunteer" : "Staff"));
    rows.add(SummaryRow.of("Status", f.available() ? "Active" : "Deactivated: not proposed for cases"));
    rows.add(SummaryRow.of("Areas", RegisterRow.areas(f, areaNames)));
    rows.add(SummaryRow.of("Training level", Labels.sentence(f.trainingLevel())));
    rows.add(SummaryRow.of("DBS check", f.dbsCheck().recorded()
        ? "Certificate " + f.dbsCertificateNumber() + ", issued on " + Labels.date(f.dbsIssuedOn())
            + "\n" + dbs.detail() : dbs.detail()));
    model.addAttribute("facilitator", f);
    model.addAttribute("details", rows);
    model.addAttribute("dbs", dbs);
    model.addAttribute("courses", f.courses().stream()
        .sorted(Comparator.comparing(TrainingCourse::completedOn).reversed())
        .map(c -> new Line(c.course(), Labels.date(c.completedOn()))).toList());
    model.addAttribute("supervisions", f.supervisions().stream().map(Supervision::supervisedOn)
        .sorted(Comparator.reverseOrder()).map(Labels::date).toList());
    model.addAttribute("away", f.awayPeriods().stream().filter(p -> p.endsOnOrAfter(today))
        .sorted(Comparator.comparing(AwayPeriod::firstDay))
        .map(p -> new Line(Labels.date(p.firstDay()), Labels.date(p.lastDay()))).toList());
    model.addAttribute("cases", work.cases(f.id(), false).stream()
        .map(c -> new CaseRow(c.caseId(), c.reference(), c.open() ? Labels.stage(c.stage()) : "Closed",
            c.otherFacilitator(), c.endedOn() == null ? "Since " + Labels.date(c.allocatedOn())
                : Labels.date(c.allocatedOn()) + " to " + Labels.date(c.endedOn())))
        .toList());
    List<FacilitatorWork.HoursLine> hours = work.hours(f.id());
    model.addAttribute("hours", hours.stream()
        .map(h -> new HoursRow(Labels.date(h.workedOn()), h.reference() == null ? "Outside cases" : h.reference(),
            Labels.sentence(h.activity()), plain(h.hours())))
        .toList());
    model.addAttribute("totalHours", plain(hours.stream().map(FacilitatorWork.HoursLine::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  private static String plain(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString();
  }
}

package org.amends.app.monitoring.web;

import java.time.LocalDate;
import org.amends.app.areas.Choice;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.Area;
import org.amends.app.referral.ReferralSource;
import org.amends.app.web.DateParts;
import org.springframework.validation.Errors;

/** The diagram's filters as typed: version, a date range of instance starts, area, referral source. */
public class FilterForm {

  private String version;
  private DateParts from = new DateParts();
  private DateParts to = new DateParts();
  private String area;
  private String source;

  /** The filter, or null with the errors said the GOV.UK way against their fields. */
  MonitoringFilter toFilter(Errors errors, ServiceChoices choices) {
    Long definitionKey = null;
    if (version != null && !version.isBlank()) {
      try {
        definitionKey = Long.parseLong(version.trim());
      } catch (NumberFormatException e) {
        errors.rejectValue("version", "version", "Select a version from the list");
      }
    }
    LocalDate fromDate = date(from, "from", "the first start date", errors);
    LocalDate toDate = date(to, "to", "the last start date", errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.rejectValue("to", "order", "The last start date must be the same as or after the first");
    }
    // retired areas and sources stay in the lists: monitoring looks at old cases too
    String chosenArea = code(choices, ChoiceList.AREAS, area, "area", "Select an area from the list", errors);
    String chosenSource = code(choices, ChoiceList.SOURCES, source, "source", "Select a referral source from the list", errors);
    return errors.hasErrors() ? null : new MonitoringFilter(definitionKey, fromDate, toDate,
        Area.of(chosenArea), ReferralSource.of(chosenSource));
  }

  private static LocalDate date(DateParts parts, String field, String name, Errors errors) {
    if (parts == null || parts.isEmpty()) {
      return null;
    }
    String problem = parts.problem(name);
    if (problem != null) {
      errors.rejectValue(field, "date", problem);
      return null;
    }
    return parts.toDate();
  }

  private static String code(ServiceChoices choices, ChoiceList list, String value, String field, String message,
      Errors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return choices.find(list, value.trim()).map(Choice::code).orElseGet(() -> {
      errors.rejectValue(field, "code", message);
      return null;
    });
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public DateParts getFrom() {
    return from;
  }

  public void setFrom(DateParts from) {
    this.from = from;
  }

  public DateParts getTo() {
    return to;
  }

  public void setTo(DateParts to) {
    this.to = to;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}

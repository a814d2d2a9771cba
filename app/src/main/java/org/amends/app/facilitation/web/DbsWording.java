package org.amends.app.facilitation.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.DbsCheck;

/**
 * How a DBS check reads on the register and a facilitator's page: its state in words (never by
 * colour alone) and a GOV.UK tag colour. A check is due for renewal in the 60 days before it is
 * three years old.
 */
record DbsWording(String tag, String tagClass, String detail, boolean needsAction) {

  static DbsWording of(DbsCheck dbs, LocalDate today) {
    return switch (dbs.statusOn(today)) {
      case NONE -> new DbsWording("No check", "govuk-tag--grey", "No DBS check recorded", true);
      case VALID -> new DbsWording("Valid", "govuk-tag--green",
          "Expires on " + Labels.date(dbs.expiresOn()), false);
      case RENEWAL_DUE -> new DbsWording("Renew soon", "govuk-tag--yellow",
          "Expires on " + Labels.date(dbs.expiresOn()) + " (in " + days(today, dbs.expiresOn()) + ")", true);
      case EXPIRED -> new DbsWording("Expired", "govuk-tag--red",
          "Expired on " + Labels.date(dbs.expiresOn()), true);
    };
  }

  private static String days(LocalDate today, LocalDate day) {
    long n = ChronoUnit.DAYS.between(today, day);
    return n == 1 ? "1 day" : n + " days";
  }
}

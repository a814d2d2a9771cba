package org.amends.app.casework.web;

import java.util.List;
import org.amends.app.casework.CaseStatus;

/** One case in the case list, worded for the page. */
record CaseListRow(
    long id,
    String reference,
    List<PartyName> parties,
    String area,
    String stage,
    CaseStatus status,
    String statusLabel,
    String referralDate,
    String lastActivity) {

  record PartyName(String name, String role) {}
}

package org.amends.app.casework.web;

import org.amends.app.casework.Area;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.Stage;

/**
 * What the case list is filtered on; a null field does not filter. {@code allocatedTo} is not a
 * search: it limits a facilitator's list to the cases allocated to them.
 */
record CaseCriteria(
    String reference, String name, Area area, Stage stage, CaseStatus status, String allocatedTo) {}

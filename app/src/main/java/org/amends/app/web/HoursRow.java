package org.amends.app.web;

/**
 * One row of a volunteer-hours table (templates/fragments/hours.html), as shown: the date, who or
 * what the time went to (the facilitator, or the case on a facilitator's own page), the activity
 * and the hours.
 */
public record HoursRow(String workedOn, String who, String activity, String hours) {}

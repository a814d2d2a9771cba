package org.amends.app.facilitation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import org.amends.app.casework.web.Labels;
import org.amends.app.meeting.MeetingKind;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;

/**
 * One meeting as an iCalendar (RFC 5545) event for a facilitator's own calendar. It carries the
 * kind of meeting, its time (UTC) and the case reference, and nothing else: no names, venue or
 * notes, since calendars are synced to phones and shared with others.
 */
final class MeetingCalendar {

  /** How long a calendar shows each kind of meeting: preparation meetings are shorter. */
  static Duration length(MeetingKind kind) {
    return kind == MeetingKind.PREPARATION ? Duration.ofHours(1) : Duration.ofHours(2);
  }

  private MeetingCalendar() {}

  static String ics(FacilitatorWork.MeetingLine meeting) {
    VEvent event = new VEvent(meeting.startsAt(), length(meeting.kind()),
        Labels.meeting(meeting.kind()) + ", case " + meeting.reference());
    event.add(new Uid("amends-meeting-" + meeting.meetingId()));
    Calendar calendar = new Calendar()
        .withProdId("-//Amends//Restorative Justice Service//EN")
        .withDefaults()
        .withComponent(event)
        .getFluentTarget();
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException("Could not write the calendar event", e);
    }
    return out.toString();
  }
}

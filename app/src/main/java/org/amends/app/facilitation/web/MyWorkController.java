package org.amends.app.facilitation.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.security.CaseAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A facilitator's own work (facilitators only, SecurityConfiguration): the cases they are
 * allocated to now, their meetings (each downloadable as a calendar event), and their own register
 * details. Everything is found through the facilitator record linked to their user name, so they
 * see their own cases and nobody else's; a meeting on another case answers 404.
 */
@Controller
class MyWorkController {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  record CaseCard(long caseId, String reference, String stage, String other, String nextMeeting,
      List<WaitingTasks.Waiting> waiting) {}

  record MeetingRow(long meetingId, String reference, long caseId, String kind, String when,
      String venue, List<String> coming, boolean past) {}

  private final CaseAccess access;
  private final FacilitatorService facilitators;
  private final FacilitatorWork work;
  private final WaitingTasks tasks;
  private final CaseService cases;
  private final ServiceChoices choices;
  private final Clock clock;

  MyWorkController(CaseAccess access, FacilitatorService facilitators, FacilitatorWork work,
      WaitingTasks tasks, CaseService cases, ServiceChoices choices, Clock clock) {
    this.access = access;
    this.facilitators = facilitators;
    this.work = work;
    this.tasks = tasks;
    this.cases = cases;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping("/my/cases")
  @Audited(AuditAction.OWN_CASES_LISTED)
  String myCases(Model model) {
    Optional<Facilitator> me = me(model);
    Instant now = clock.instant();
    List<CaseCard> cards = new ArrayList<>();
    me.ifPresent(f -> {
      Map<Long, FacilitatorWork.MeetingLine> next = work.nextMeetings(f.id(), now);
      for (FacilitatorWork.CaseLine c : work.cases(f.id(), true)) {
        FacilitatorWork.MeetingLine meeting = next.get(c.caseId());
        cards.add(new CaseCard(c.caseId(), c.reference(),
            c.open() ? Labels.stage(c.stage()) : "Closed", c.otherFacilitator(),
            meeting == null ? "None scheduled"
                : Labels.meeting(meeting.kind()) + ", " + Labels.dateTime(meeting.startsAt()),
            tasks.on(c.caseId())));
      }
    });
    model.addAttribute("cards", cards);
    return "facilitation/my-cases";
  }

  @GetMapping("/my/meetings")
  @Audited(AuditAction.OWN_MEETINGS_LISTED)
  String myMeetings(Model model) {
    Optional<Facilitator> me = me(model);
    Instant now = clock.instant();
    List<MeetingRow> rows = new ArrayList<>();
    me.ifPresent(f -> {
      Map<Long, String> others = new HashMap<>();
      work.cases(f.id(), true).forEach(c -> others.put(c.caseId(), c.otherFacilitator()));
      Map<Long, List<Party>> parties = new HashMap<>();
      for (FacilitatorWork.MeetingLine m : work.meetings(f.id())) {
        List<Party> onCase = parties.computeIfAbsent(m.caseId(), cases::parties);
        rows.add(new MeetingRow(m.meetingId(), m.reference(), m.caseId(), Labels.meeting(m.kind()),
            Labels.dateTime(m.startsAt()), m.venue() == null ? "Not recorded" : m.venue(),
            coming(m, onCase, f.name(), others.get(m.caseId())), m.startsAt().isBefore(now)));
      }
    });
    model.addAttribute("upcoming", rows.stream().filter(r -> !r.past()).toList());
    List<MeetingRow> past = new ArrayList<>(rows.stream().filter(MeetingRow::past).toList());
    Collections.reverse(past); // the latest first
    model.addAttribute("past", past);
    return "facilitation/my-meetings";
  }

  @GetMapping("/my/meetings/{meetingId:\\d{1,18}}.ics")
  @Audited(AuditAction.MEETING_CALENDAR_DOWNLOADED)
  ResponseEntity<String> calendar(@PathVariable long meetingId) {
    Facilitator me = access.ownFacilitatorId().map(facilitators::get)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    FacilitatorWork.MeetingLine meeting = work.meetings(me.id()).stream()
        .filter(m -> m.meetingId() == meetingId).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    AuditSubject.caseId(meeting.caseId());
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(meeting.reference() + "-meeting-" + meetingId + ".ics").build().toString())
        .body(MeetingCalendar.ics(meeting));
  }

  @GetMapping("/my/details")
  @Audited(AuditAction.OWN_DETAILS_VIEWED)
  String myDetails(Model model) {
    me(model).ifPresent(f -> FacilitatorDetails.addTo(model, f, work, LocalDate.now(clock), true,
        choices.names(ChoiceList.AREAS)));
    return "facilitation/my-details";
  }

  /** The signed-in facilitator's record, named in the audit log; empty when none is linked. */
  private Optional<Facilitator> me(Model model) {
    Optional<Facilitator> me = access.ownFacilitatorId().map(facilitators::get)
        .filter(f -> f.dateOfBirth() != null);
    me.ifPresent(f -> AuditSubject.subject(RegisterController.FACILITATOR, String.valueOf(f.id())));
    model.addAttribute("linked", me.isPresent());
    return me;
  }

  /**
   * Who is coming: the two facilitators, and the party of a preparation meeting or everyone still
   * taking part in the others. A facilitator allocated to the case may see its parties (as on the
   * case page).
   */
  private static List<String> coming(FacilitatorWork.MeetingLine m, List<Party> parties, String me,
      String other) {
    List<String> coming = new ArrayList<>();
    for (Party p : parties) {
      boolean inMeeting = m.kind() == MeetingKind.PREPARATION ? p.id().equals(m.partyId()) : p.isActive();
      if (inMeeting) {
        coming.add(p.name() + " (" + Labels.role(p.role()).toLowerCase(Locale.UK) + ")");
      }
    }
    coming.add(me + " (you)");
    if (other != null) {
      coming.add(other + " (facilitator)");
    }
    return coming;
  }
}

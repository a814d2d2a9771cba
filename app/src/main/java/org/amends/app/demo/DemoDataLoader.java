package org.amends.app.demo;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.consent.ConsentService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.demo.DemoCase.Progress;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorMatcher;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.modeler.BundledResourcesDeployed;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Made-up facilitators and cases for trying the app out ({@code amends.demo-data.enabled=true}):
 * cases from different referrers, areas and offences, taken to different steps so that the
 * tasklist shows work waiting at each, some of it claimed by the demo coordinator. What is there
 * already is left alone, so restarting adds nothing.
 *
 * <p>It loads once the app is ready rather than when the bundled processes are deployed: the job
 * workers open at that same moment, and the cases only move on once they are polling.
 */
@Component
@ConditionalOnProperty(name = "amends.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

  /** The demo coordinator's user name, as the tasklist knows them. */
  static final String COORDINATOR = "coordinator";

  /**
   * The development user (application-dev.yml) linked to a demo facilitator, so that signing in
   * as them shows a facilitator's own case and tasks.
   */
  static final String FACILITATOR = "facilitator";

  /** A demo case carries a note under this request key and its own key: how it is found again. */
  static final String MARKER = "demo-data:case:";

  static final String MARKER_TEXT =
      "Made-up case for trying the app out: no real person is involved.";

  /** How long a case may take to reach its next task; the workers take well under a second. */
  private static final Duration TASK_WAIT = Duration.ofSeconds(60);

  private static final String CONSENT_SCOPE =
      "A face-to-face meeting with a facilitator present, and letters before it";

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final FacilitatorService facilitators;
  private final FacilitatorMatcher matcher;
  private final CaseService cases;
  private final CaseRecordService records;
  private final ConsentService consents;
  private final JourneyStarter starter;
  private final TransactionTemplate transaction;
  private final DemoTasks tasks;
  private final Clock clock;
  private volatile boolean deployed;

  DemoDataLoader(
      FacilitatorService facilitators,
      FacilitatorMatcher matcher,
      CaseService cases,
      CaseRecordService records,
      ConsentService consents,
      JourneyStarter starter,
      TransactionTemplate transaction,
      CamundaClient camunda,
      Clock clock) {
    this.facilitators = facilitators;
    this.matcher = matcher;
    this.cases = cases;
    this.records = records;
    this.consents = consents;
    this.starter = starter;
    this.transaction = transaction;
    this.tasks = new DemoTasks(camunda, TASK_WAIT);
    this.clock = clock;
  }

  /** What one loading added. */
  record Loaded(int facilitators, int cases) {}

  @EventListener
  void onBundledResourcesDeployed(BundledResourcesDeployed event) {
    deployed = true;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!deployed) {
      LOG.warn("Demo data not loaded: the bundled processes were not deployed at start-up"
          + " (amends.deploy-bundled-resources is false)");
      return;
    }
    try {
      Loaded loaded = load();
      LOG.info("Demo data: added {} facilitators and {} cases",
          loaded.facilitators(), loaded.cases());
    } catch (RuntimeException e) {
      // the app is useful without its demo data
      LOG.warn("Demo data not loaded: {}", e.getMessage(), e);
    }
  }

  /** Adds the demo facilitators and cases that are not there yet. */
  Loaded load() {
    Map<String, Facilitator> known = facilitators.all().stream()
        .collect(Collectors.toMap(f -> f.email().toLowerCase(), f -> f));
    boolean linked = known.values().stream().anyMatch(f -> FACILITATOR.equals(f.username()));
    int facilitatorsAdded = 0;
    for (Facilitator facilitator : DemoCases.facilitators(LocalDate.now(clock))) {
      Facilitator there = known.get(facilitator.email().toLowerCase());
      if (there != null && there.dbsIssuedOn() == null && there.dateOfBirth() != null) {
        // demo data loaded before the register kept DBS checks: without one nobody is proposed
        facilitators.update(there.id(), facilitator);
      }
      if (there == null) {
        facilitators.register(linked ? facilitator.withUsername(null) : facilitator);
        facilitatorsAdded++;
      } else if (facilitator.username() != null && !linked) {
        // demo data loaded before staff users were linked to facilitators
        facilitators.linkStaffUser(there.id(), facilitator.username());
      }
    }
    int casesAdded = 0;
    for (DemoCase demo : DemoCases.cases(LocalDate.now(clock))) {
      casesAdded += load(demo) ? 1 : 0;
    }
    return new Loaded(facilitatorsAdded, casesAdded);
  }

  /**
   * Opens the case with its marker note in one transaction, then starts its journey and takes it
   * along. A case found again is only started if it has no journey yet (a start cut short).
   */
  private boolean load(DemoCase demo) {
    Optional<CaseNote> marker = records.noteByRequestKey(MARKER + demo.key());
    boolean added = marker.isEmpty();
    long caseId = marker.map(CaseNote::caseId).orElseGet(() -> open(demo));
    if (cases.get(caseId).processInstanceKey() != null) {
      return added;
    }
    try {
      StartedCase started = starter.startJourney(caseId);
      advance(demo, started.caseId());
    } catch (RuntimeException e) {
      // a case that cannot be taken along must not stop the app or the other cases
      LOG.warn("Demo case {} not taken to its step: {}", demo.key(), e.getMessage());
    }
    return added;
  }

  private long open(DemoCase demo) {
    return transaction.execute(status -> {
      CaseCreated created = cases.createFromReferral(demo.referral());
      note(created.caseId(), MARKER_TEXT, "system", MARKER + demo.key());
      for (int i = 0; i < demo.notes().size(); i++) {
        note(created.caseId(), demo.notes().get(i), COORDINATOR,
            "demo-data:note:" + demo.key() + ":" + i);
      }
      return created.caseId();
    });
  }

  /**
   * Completes the case's tasks as a coordinator would, up to the demo's step, and returns once
   * the tasks of that step are there.
   */
  private void advance(DemoCase demo, long caseId) {
    Progress progress = demo.progress();
    List<Party> parties = cases.parties(caseId);
    Party harmed = only(parties, PartyRole.HARMED);
    Party harmer = only(parties, PartyRole.HARMER);
    if (progress == Progress.REFERRED) {
      ReferralDetails referral = demo.referral().referral();
      if (referral.wentToCourt() && referral.sentenceDate() == null) {
        tasks.open(caseId, "UserTask_RecordSentence", null);
      } else {
        parties.forEach(party -> tasks.open(caseId, "UserTask_RecordContact", party.id()));
      }
      return;
    }
    tasks.complete(tasks.open(caseId, "UserTask_RecordContact", harmed.id()), COORDINATOR,
        contact(harmed));
    if (progress == Progress.HARMED_PERSON_CONTACTED) {
      tasks.assign(tasks.open(caseId, "UserTask_RecordContact", harmer.id()), COORDINATOR);
      return;
    }
    for (Party party : parties) {
      if (!party.id().equals(harmed.id())) {
        tasks.complete(tasks.open(caseId, "UserTask_RecordContact", party.id()), COORDINATOR,
            contact(party));
      }
    }
    if (progress == Progress.CONTACTED) {
      tasks.assign(tasks.open(caseId, "UserTask_AssessRisk", null), COORDINATOR);
      return;
    }
    tasks.complete(tasks.open(caseId, "UserTask_AssessRisk", null), COORDINATOR,
        Map.of("riskOfFurtherHarm", "LOW", "riskOutcome", "PROCEED"));
    if (progress == Progress.RISK_ASSESSED) {
      tasks.assign(tasks.open(caseId, "UserTask_RecordConsent", harmed.id()), COORDINATOR);
      tasks.open(caseId, "UserTask_RecordConsent", harmer.id());
      return;
    }
    for (Party party : parties) {
      // as the tasklist does: what they agreed to stays in Amends, the process gets yes and the date
      String date = LocalDate.now(clock).minusDays(1).toString();
      var consentTask = tasks.open(caseId, "UserTask_RecordConsent", party.id());
      consents.recordAnswer(party.id(), true, date, CONSENT_SCOPE, COORDINATOR);
      tasks.complete(consentTask, COORDINATOR, Map.of("consentGiven", true, "consentDate", date));
    }
    var allocation = tasks.open(caseId, "UserTask_AllocateFacilitators", null);
    if (progress == Progress.CONSENTED) {
      return;
    }
    // the demo facilitator who signs in is one of the pair when they can take the case
    List<String> pair = matcher.suggest(caseId, DemoCases.facilitators(LocalDate.now(clock)).size()).stream()
        .sorted(Comparator.comparing(f -> !FACILITATOR.equals(f.username())))
        .limit(2)
        .map(f -> String.valueOf(f.id()))
        .toList();
    tasks.complete(allocation, COORDINATOR, Map.of("facilitatorIds", pair));
    // a task of the main process: its party is a local variable, so any of them will do
    tasks.open(caseId, "UserTask_RecordPreparationMeeting", null);
  }

  private Map<String, Object> contact(Party party) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("contactOutcome", "AGREED");
    answers.put("contactMethod", party.mayBeEmailed() ? "EMAIL" : "PHONE");
    answers.put("contactedOn", LocalDate.now(clock).minusDays(3).toString());
    if (party.role() == PartyRole.HARMER) {
      answers.put("acceptsResponsibility", true);
    }
    return answers;
  }

  private void note(long caseId, String text, String writtenBy, String requestKey) {
    records.addNote(new CaseNote(null, caseId, text, writtenBy,
        clock.instant().truncatedTo(ChronoUnit.MICROS), requestKey));
  }

  private static Party only(List<Party> parties, PartyRole role) {
    return parties.stream()
        .filter(p -> p.role() == role)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("A demo case needs a " + role + " party"));
  }
}

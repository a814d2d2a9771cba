package org.amends.app.referral;

import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Party;
import org.amends.app.monitoring.targets.Targets;
import org.springframework.stereotype.Service;

/**
 * Opens a case from a referral and starts its restorative justice journey. The process carries
 * the case id and the parties' ids, never their details, and the due dates of the service's time
 * targets (monitoring's Targets, read by the user tasks' due dates); the case keeps the process
 * instance key.
 */
@Service
public class JourneyStarter {

  public static final String PROCESS_ID = "restorative-justice-case";

  private final CaseService cases;
  private final CamundaClient camunda;
  private final ReferralRepository referrals;
  private final Targets targets;

  JourneyStarter(CaseService cases, CamundaClient camunda, ReferralRepository referrals, Targets targets) {
    this.cases = cases;
    this.camunda = camunda;
    this.referrals = referrals;
    this.targets = targets;
  }

  /** Opens the case with its parties and referral, then starts its journey. */
  public StartedCase start(NewCase referral) {
    if (referral.processInstanceKey() != null) {
      throw new IllegalArgumentException("A new referral has no process instance yet");
    }
    CaseCreated created = cases.createFromReferral(referral);
    return startJourney(created.caseId());
  }

  /**
   * Starts the journey of a case opened earlier without one (for example when starting its
   * process failed). A case that already has a process keeps it.
   */
  public StartedCase startJourney(long caseId) {
    Case c = cases.get(caseId);
    if (c.processInstanceKey() != null) {
      return new StartedCase(c.id(), c.reference(), c.processInstanceKey());
    }
    if (!c.isOpen()) {
      throw new IllegalStateException("Case " + c.reference() + " is closed");
    }
    // every party is contacted, and every party who agrees takes part (consent, preparation)
    List<Long> partyIds = cases.parties(caseId).stream().map(Party::id).toList();
    Map<String, Object> variables = new HashMap<>(Map.of("caseId", caseId, "partyIds", partyIds, "participantIds", partyIds));
    // targets count from the referral; a victim with enhanced rights (Victims' Code: the most
    // serious crimes, persistently targeted, vulnerable or intimidated) has shorter ones
    referrals.findByCaseId(caseId).ifPresent(referral -> variables.put(Targets.VARIABLE,
        targets.dueDates(referral.referralDate(), c.sensitivity().sensitiveOrComplex())));
    long processInstanceKey =
        camunda.newCreateInstanceCommand()
            .bpmnProcessId(PROCESS_ID)
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
    cases.linkProcessInstance(caseId, processInstanceKey);
    return new StartedCase(c.id(), c.reference(), processInstanceKey);
  }
}

package org.amends.app.referral;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Sensitivity;
import org.amends.app.casework.Stage;
import org.amends.app.facilitation.FacilitatorMatcher;
import org.springframework.stereotype.Component;

/** The facts the eligibility decision screens on, and referring a case on when it says so. */
@Component
public class ScreeningWorker {

  private final CaseService cases;
  private final ReferralService referrals;
  private final FacilitatorMatcher matcher;
  private final CaseRecordService records;
  private final Clock clock;

  ScreeningWorker(
      CaseService cases,
      ReferralService referrals,
      FacilitatorMatcher matcher,
      CaseRecordService records,
      Clock clock) {
    this.cases = cases;
    this.referrals = referrals;
    this.matcher = matcher;
    this.records = records;
    this.clock = clock;
  }

  /**
   * From the case and its referral. {@code sentenced} is true when the referral has a sentence
   * date or a coordinator recorded the sentence (the variable). {@code specialistAvailable} is
   * looked up only for a sensitive or complex case: whether two specialist-trained facilitators
   * match it now (the decision ignores it otherwise).
   */
  @JobWorker(type = "gather-screening-facts")
  public Map<String, Object> gatherScreeningFacts(
      @Variable long caseId, @Variable(optional = true) Boolean sentenced) {
    Case c = cases.setStage(caseId, Stage.SCREENING);
    Referral referral = referrals.get(caseId);
    Sensitivity s = c.sensitivity();
    boolean specialistAvailable =
        s.sensitiveOrComplex() && matcher.suggestPair(caseId).size() == 2;
    Map<String, Object> facts = new HashMap<>();
    facts.put("wentToCourt", referral.wentToCourt());
    facts.put("sentenced", Boolean.TRUE.equals(sentenced) || referral.sentenceDate() != null);
    facts.put("sexualOffence", s.sexualOffence());
    facts.put("domesticAbuse", s.domesticAbuse());
    facts.put("hateCrime", s.hateCrime());
    facts.put("stalking", s.stalking());
    facts.put("homicide", s.homicide());
    facts.put("veryVulnerableParty", s.veryVulnerableParty());
    facts.put("specialistAvailable", specialistAvailable);
    return facts;
  }

  /** Records the decision's reason as a case note; the case then closes as referred on. */
  @JobWorker(type = "refer-on")
  public Map<String, Object> referOn(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable(optional = true) Map<String, Object> eligibility) {
    Object reason = eligibility == null ? null : eligibility.get("reason");
    records.addNote(new CaseNote(null, caseId,
        "Referred on: " + (reason == null ? "the eligibility screening said so" : reason),
        "system", clock.instant().truncatedTo(ChronoUnit.MICROS), String.valueOf(jobKey)));
    return Map.of("closureOutcome", ClosureOutcome.REFERRED_ON.name());
  }
}

package org.amends.app.casework.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Party;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.casework.VolunteerHours;
import org.amends.app.casework.WithdrawalRequest;
import org.amends.app.security.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do to a case from its page. The process is told through the Camunda client (a
 * message, a cancellation); an engine that refuses or does not answer becomes an {@link
 * ActionFailed} with a message for the page, and nothing is recorded.
 */
@Service
class CaseActions {

  /** The message the journey's "A party withdraws" event subprocess waits for, keyed by case id. */
  static final String PARTY_WITHDRAWN = "party-withdrawn";

  private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

  private final CaseService cases;
  private final CaseRecordService records;
  private final CamundaClient camunda;
  private final CurrentStaff staff;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CaseActions(
      CaseService cases,
      CaseRecordService records,
      CamundaClient camunda,
      CurrentStaff staff,
      TransactionTemplate transaction,
      Clock clock) {
    this.cases = cases;
    this.records = records;
    this.camunda = camunda;
    this.staff = staff;
    this.transaction = transaction;
    this.clock = clock;
  }

  CaseNote addNote(Case c, String text, String requestKey) {
    return records.addNote(new CaseNote(null, c.id(), text, staff.username(),
        clock.instant().truncatedTo(ChronoUnit.MICROS), requestKey));
  }

  VolunteerHours logHours(
      Case c, long facilitatorId, LocalDate workedOn, BigDecimal hours,
      VolunteerActivity activity, String requestKey) {
    return records.logVolunteerHours(
        new VolunteerHours(null, facilitatorId, c.id(), activity, workedOn, hours, requestKey));
  }

  /**
   * Sends the withdrawal to the case's process, whose worker records it and decides whether the
   * case can go on: the process stays the one place where that decision is made. The reason is
   * kept in Amends first (committed, so the worker can read it) and the message carries only ids;
   * a message the engine did not take leaves no request behind.
   */
  void withdraw(Case c, Party party, String reason) {
    if (c.processInstanceKey() == null) {
      throw new ActionFailed("The withdrawal cannot be recorded because this case has no process");
    }
    WithdrawalRequest request = cases.requestWithdrawal(c.id(), party.id(), reason, staff.username());
    try {
      camunda.newCorrelateMessageCommand()
          .messageName(PARTY_WITHDRAWN)
          .correlationKey(String.valueOf(c.id()))
          .variables(Map.of("withdrawnPartyId", party.id(), "withdrawalRequestId", request.id()))
          .send()
          .join();
    } catch (ClientHttpException e) {
      cases.forgetWithdrawalRequest(request.id());
      log.warn("Withdrawal of party {} in case {} refused: HTTP {}", party.id(), c.reference(), e.code());
      throw new ActionFailed(e.code() == 404
          ? "The withdrawal cannot be recorded because the case’s process is not running"
          : "The withdrawal could not be recorded because the process engine refused it. "
              + "Try again later", e);
    } catch (ClientException e) {
      cases.forgetWithdrawalRequest(request.id());
      log.warn("Withdrawal of party {} in case {} failed: {}", party.id(), c.reference(),
          e.getClass().getSimpleName());
      throw new ActionFailed("The withdrawal could not be recorded because the process engine "
          + "did not answer. Try again later", e);
    }
  }

  /**
   * Cancels the case's process and closes the case with its outcome, noting the reason. A
   * process that has already ended is no obstacle; an engine that refuses the cancellation
   * leaves the case open.
   */
  void close(Case c, ClosureOutcome outcome, String reason) {
    if (c.processInstanceKey() != null) {
      try {
        camunda.newCancelInstanceCommand(c.processInstanceKey()).send().join();
      } catch (ClientHttpException e) {
        if (e.code() != 404) {
          log.warn("Cancelling the process of case {} refused: {}", c.reference(), e.getMessage());
          throw new ActionFailed("The case could not be closed because the process engine "
              + "refused to stop its process. Try again later", e);
        }
      } catch (ClientException e) {
        log.warn("Cancelling the process of case {} failed: {}", c.reference(), e.getMessage());
        throw new ActionFailed("The case could not be closed because the process engine did not "
            + "answer. Try again later", e);
      }
    }
    try {
      transaction.executeWithoutResult(status -> {
        cases.recordClosure(c.id(), outcome);
        records.addNote(new CaseNote(null, c.id(),
            "Case closed as “" + Labels.outcome(outcome) + "”: " + reason, staff.username(),
            clock.instant().truncatedTo(ChronoUnit.MICROS), null));
      });
    } catch (IllegalStateException e) {
      // the process closed it a moment earlier, with its own outcome
      throw new ActionFailed("The case has already been closed", e);
    }
  }
}

package org.amends.app.fault;

import com.icegreen.greenmail.util.GreenMail;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amends.app.fault.Partner.Referral;
import org.amends.app.notification.EmailTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end of the run, checked against what the partner was answered: each referral has exactly
 * one case and that case exactly one journey, which ended the expected way (closed as not
 * suitable); nothing waits to start; each email went at most once, and each one the route sends
 * went exactly once unless its sending was cut short by a kill (then it is recorded as
 * UNCERTAIN and went at most once); no incident is open. Each problem is one line.
 */
final class Verdict {

  private final List<String> problems = new ArrayList<>();
  private int emailsReceived;
  private int uncertainEmails;
  private int uncertainArrived;

  List<String> problems() {
    return List.copyOf(problems);
  }

  int emailsReceived() {
    return emailsReceived;
  }

  int uncertainEmails() {
    return uncertainEmails;
  }

  /** Of the emails whose sending a kill cut short, how many reached the mail server all the same. */
  int uncertainArrived() {
    return uncertainArrived;
  }

  Verdict check(List<Referral> referrals, CamundaClient engine, JdbcClient db, GreenMail mail, List<?> incidents) {
    cases(referrals, db);
    journeys(referrals, engine, db);
    emails(referrals, db, mail);
    if (!incidents.isEmpty()) {
      problems.add(incidents.size() + " incidents are open: " + incidents);
    }
    return this;
  }

  private void cases(List<Referral> referrals, JdbcClient db) {
    int cases = db.sql("select count(*) from amends.case_file").query(Integer.class).single();
    if (cases != referrals.size()) {
      problems.add(referrals.size() + " referrals opened " + cases + " cases");
    }
    if (referrals.stream().map(Referral::caseId).distinct().count() != referrals.size()) {
      problems.add("two referrals were answered with the same case");
    }
    for (Referral r : referrals) {
      int harmed = db.sql("select count(*) from amends.party where role = 'HARMED' and name = ?")
          .param(r.harmedName()).query(Integer.class).single();
      if (harmed != 1) {
        problems.add("referral " + r.number() + " is in " + harmed + " cases");
      }
      Map<String, Object> row = db.sql("select status, closure_outcome from amends.case_file where id = ?")
          .param(r.caseId()).query().singleRow();
      if (!"CLOSED".equals(row.get("status")) || !"NOT_SUITABLE".equals(row.get("closure_outcome"))) {
        problems.add("case " + r.reference() + " is " + row.get("status") + " " + row.get("closure_outcome")
            + ", not CLOSED NOT_SUITABLE");
      }
    }
    int waiting = db.sql("select count(*) from amends.journey_start").query(Integer.class).single();
    if (waiting != 0) {
      problems.add(waiting + " journeys are still waiting to start");
    }
  }

  private void journeys(List<Referral> referrals, CamundaClient engine, JdbcClient db) {
    long all = engine.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(Operator.JOURNEY)).page(p -> p.limit(1))
        .send().join().page().totalItems();
    if (all != referrals.size()) {
      problems.add(referrals.size() + " referrals have " + all + " journeys");
    }
    for (Referral r : referrals) {
      List<ProcessInstance> journeys = engine.newProcessInstanceSearchRequest()
          .filter(f -> f.processDefinitionId(Operator.JOURNEY).variables(Map.of("caseId", r.caseId())))
          .send().join().items();
      Long recorded = db.sql("select process_instance_key from amends.case_file where id = ?")
          .param(r.caseId()).query(Long.class).optional().orElse(null);
      if (journeys.size() != 1) {
        problems.add("case " + r.reference() + " has " + journeys.size() + " journeys");
      } else if (journeys.get(0).getState() != ProcessInstanceState.COMPLETED) {
        problems.add("the journey of case " + r.reference() + " is " + journeys.get(0).getState());
      } else if (!Long.valueOf(journeys.get(0).getProcessInstanceKey()).equals(recorded)) {
        problems.add("case " + r.reference() + " records journey " + recorded + " but its journey is "
            + journeys.get(0).getProcessInstanceKey());
      }
    }
  }

  private void emails(List<Referral> referrals, JdbcClient db, GreenMail mail) {
    MimeMessage[] received = mail.getReceivedMessages();
    emailsReceived = received.length;
    Map<String, Integer> arrived = Arrays.stream(received).map(Verdict::recipientAndSubject)
        .collect(Collectors.toMap(Function.identity(), m -> 1, Integer::sum));
    Map<String, String> delivery = new HashMap<>();
    db.sql("select recipient_address, subject, delivery from amends.email_record").query()
        .listOfRows().forEach(row -> {
          String key = row.get("recipient_address") + " " + row.get("subject");
          if (delivery.put(key, (String) row.get("delivery")) != null) {
            problems.add("two email records for " + key);
          }
        });
    db.sql("select case_id, template, recipient_address, count(*) as times from amends.email_record"
            + " group by case_id, template, recipient_address having count(*) > 1").query()
        .listOfRows().forEach(row -> problems.add("recorded more than once: " + row));
    Set<String> expected = referrals.stream().flatMap(r -> List.of(
            r.harmedEmail() + " " + EmailTemplate.CONTACT_INVITATION.subject(),
            r.harmerEmail() + " " + EmailTemplate.CONTACT_INVITATION.subject(),
            r.referrerEmail() + " " + EmailTemplate.CASE_CLOSED.subject()).stream())
        .collect(Collectors.toSet());
    arrived.forEach((email, times) -> {
      if (times > 1) {
        problems.add("sent " + times + " times: " + email);
      }
      if (!expected.contains(email)) {
        problems.add("not expected: " + email);
      }
    });
    for (String email : expected) {
      String state = delivery.get(email);
      if ("UNCERTAIN".equals(state)) {
        uncertainEmails++;
        uncertainArrived += arrived.containsKey(email) ? 1 : 0;
      } else if (!"SENT".equals(state)) {
        problems.add("no email record (" + state + ") for " + email);
      } else if (!arrived.containsKey(email)) {
        problems.add("recorded SENT but never arrived: " + email);
      }
    }
  }

  private static String recipientAndSubject(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString() + " " + message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

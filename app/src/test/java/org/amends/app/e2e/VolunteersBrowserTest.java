package org.amends.app.e2e;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Sensitivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator keeps the volunteer register (an under-18 refused the GOV.UK way), and a
 * facilitator finds their own cases, meetings and details: every page accessible, with screenshots.
 */
class VolunteersBrowserTest extends BrowserTestSupport {

  /** The development user who signs in as a facilitator (application-dev.yml). */
  private static final String FACILITATOR_USER = "facilitator";

  @Autowired FacilitatorService facilitators;
  @Autowired CaseService cases;
  @Autowired MeetingService meetings;

  @Test
  void shouldLetACoordinatorKeepTheRegisterAndAFacilitatorSeeTheirOwnWork() {
    // given a facilitator whose DBS check is three years old in 20 days, and a coordinator, signed in
    facilitators.register(Facilitator.of("Tia Renewal", "tia.renewal@volunteers.example", LocalDate.of(1977, 7, 7),
        TrainingLevel.SPECIALIST, false, Set.of(new Area("TENDRING")))
        .withDbsCheck("001234567814", LocalDate.now().minusYears(3).plusDays(20)));
    signIn("coordinator");

    // when they open the register from the navigation
    browser().click(By.linkText("Volunteers"));
    browser().waitFor(By.xpath("//h1[normalize-space()='Volunteer register']"));
    assertThat(browser().find(By.id("dbs-due")).getText()).contains("Tia Renewal", "Renew soon", "(in 20 days)");
    assertAccessible("the volunteer register");
    browser().screenshot("60-volunteer-register");

    // and add someone who is 17: refused, with the error at the date of birth
    browser().press("Add a facilitator");
    browser().waitFor(By.xpath("//h1[normalize-space()='Add a facilitator']"));
    LocalDate seventeen = LocalDate.now().minusYears(17);
    browser().type("name", "Olu Browser");
    browser().type("email", "olu.browser@volunteers.example");
    browser().type("phone", "01632 960 002");
    browser().type("dateOfBirth", String.valueOf(seventeen.getDayOfMonth()));
    browser().type("dateOfBirth-month", String.valueOf(seventeen.getMonthValue()));
    browser().type("dateOfBirth-year", String.valueOf(seventeen.getYear()));
    browser().choose("Volunteer");
    browser().choose("Colchester");
    browser().choose("Standard");
    browser().type("dbsCertificateNumber", "001234567812");
    LocalDate issued = LocalDate.now().minusMonths(3);
    browser().type("dbsIssuedOn", String.valueOf(issued.getDayOfMonth()));
    browser().type("dbsIssuedOn-month", String.valueOf(issued.getMonthValue()));
    browser().type("dbsIssuedOn-year", String.valueOf(issued.getYear()));
    browser().press("Add facilitator");
    browser().waitFor(By.className("govuk-error-summary"));
    assertThat(browser().driver().getTitle()).startsWith("Error: Add a facilitator");
    assertThat(browser().find(By.className("govuk-error-summary")).getText()).contains("A facilitator must be 18 or over");
    assertAccessible("the add a facilitator page with an under-18 refused");
    browser().screenshot("61-volunteer-under-18");

    // then with an adult's date of birth they are added, and their page opens
    browser().type("dateOfBirth-year", String.valueOf(seventeen.getYear() - 10));
    browser().press("Add facilitator");
    browser().waitFor(By.xpath("//h1[normalize-space()='Olu Browser']"));
    browser().waitForText("You added Olu Browser to the register");
    assertThat(browser().text()).contains("You added Olu Browser to the register", "Expires on", "Not allocated to any case yet");
    assertAccessible("a facilitator's page on the register");
    browser().screenshot("62-volunteer");
    browser().press("Change register details");
    browser().waitFor(By.xpath("//h1[normalize-space()='Change register details']"));
    assertAccessible("the change register details page");

    // and a facilitator sees their own cases, meetings and details
    Facilitator me = signingInFacilitator();
    Facilitator partner = facilitators.register(Facilitator.of("Pip Partner", "pip.partner@volunteers.example",
        LocalDate.of(1981, 2, 2), TrainingLevel.STANDARD, true, Set.of(new Area("CHELMSFORD"))));
    CaseCreated c = cases.createFromReferral(newCase(new Area("CHELMSFORD"), Sensitivity.NONE,
        harmed("Rhea Browser", LocalDate.of(1979, 1, 1), null), harmer("Seb Browser", LocalDate.of(1999, 1, 1), null)));
    facilitators.allocate(c.caseId(), me.id(), partner.id(), "coordinator");
    meetings.schedule(Meeting.scheduled(c.caseId(), MeetingKind.CONFERENCE, null,
        Instant.now().plus(Duration.ofDays(10)), "Chelmsford Library", null));
    signIn(FACILITATOR_USER);
    browser().click(By.linkText("My cases"));
    browser().waitFor(By.xpath("//h1[normalize-space()='My cases']"));
    assertThat(browser().text()).contains(c.reference(), "Pip Partner", "Conference");
    assertAccessible("my cases");
    browser().screenshot("63-my-cases");
    browser().click(By.linkText("My meetings"));
    browser().waitFor(By.xpath("//h1[normalize-space()='My meetings']"));
    assertThat(browser().text()).contains("Chelmsford Library", "Rhea Browser (harmed person)", "Add to calendar");
    assertAccessible("my meetings");
    browser().screenshot("64-my-meetings");
    browser().click(By.linkText("My details"));
    browser().waitFor(By.xpath("//h1[normalize-space()='My details']"));
    assertThat(browser().text()).contains("Chelmsford", "Dates away");
    assertAccessible("my details");
    browser().screenshot("65-my-details");

    // and logs time given outside cases, which the hours table then shows
    browser().click(By.linkText("Log hours outside cases"));
    browser().waitFor(By.xpath("//h1[normalize-space()='Volunteer hours outside cases']"));
    LocalDate yesterday = LocalDate.now().minusDays(1);
    browser().type("workedOn", String.valueOf(yesterday.getDayOfMonth()));
    browser().type("workedOn-month", String.valueOf(yesterday.getMonthValue()));
    browser().type("workedOn-year", String.valueOf(yesterday.getYear()));
    browser().type("hours", "1.5");
    new Select(browser().find(By.id("activity"))).selectByVisibleText("Training");
    browser().press("Log hours");
    browser().waitFor(By.xpath("//*[contains(@class,'govuk-notification-banner') and contains(., 'Volunteer hours logged')]"));
    assertThat(browser().find(By.id("service-hours")).getText()).contains(me.name(), "Training", "1.5");
    assertAccessible("the volunteer hours outside cases, with hours logged");
    browser().screenshot("66-volunteer-hours");
  }

  /** The facilitator record the development user "facilitator" signs in as, made if none is linked yet. */
  private Facilitator signingInFacilitator() {
    return facilitators.all().stream().filter(f -> FACILITATOR_USER.equals(f.username())).findFirst()
        .orElseGet(() -> facilitators.linkStaffUser(facilitators.register(Facilitator.of("Fen Browser",
            "fen.browser@volunteers.example", LocalDate.of(1990, 6, 6), TrainingLevel.STANDARD, true,
            Set.of(new Area("CHELMSFORD"))).withDbsCheck("001234567813", LocalDate.now().minusMonths(4))).id(),
            FACILITATOR_USER));
  }
}

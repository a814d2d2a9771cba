package org.amends.app.e2e;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Sensitivity;
import org.amends.app.notification.ReceivedMail;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;
import org.amends.app.survey.SurveyEmails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant answers the survey from the link in their email; a manager opens the report,
 * changes the year, drills into a figure and downloads a table as CSV and the report as PDF.
 */
class ReportAndSurveyBrowserTest extends BrowserTestSupport {

  private static final Pattern LINK = Pattern.compile("(https?://[^/\\s]+/survey/[A-Za-z0-9_-]{43})");

  @Autowired CaseService cases;
  @Autowired SurveyEmails surveys;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldLetAParticipantAnswerAndAManagerReadTheReport() throws Exception {
    // given two police referrals in 2021/22 in Tendring, and a participant emailed the survey
    CaseCreated first = referral("2021-06-01", "ava.browser@example.org");
    referral("2022-01-10", null);
    smtp.purgeEmailFromAllMailboxes();
    surveys.sendSatisfactionSurvey(first.caseId(), first.partyIds().get(0), "browser-survey");
    ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    Matcher link = LINK.matcher(mail.text());
    assertThat(link.find()).isTrue();

    // when the participant follows the link in the email and answers one question a page
    browser().driver().manage().deleteAllCookies();
    browser().driver().get(link.group(1).replace("localhost", "127.0.0.1"));
    assertThat(browser().heading()).isEqualTo("How satisfied were you with the service?");
    assertThat(browser().text()).doesNotContain(first.reference(), "Browser", "Tendring");
    assertThat(browser().driver().findElements(By.className("govuk-back-link"))).as("the first question").isEmpty();
    assertAccessible("the survey's first question");
    browser().screenshot("60-survey-satisfaction");
    continueFrom();
    assertThat(browser().driver().getTitle()).startsWith("Error: ");
    assertAccessible("a survey question with its error");
    browser().screenshot("60-survey-error");
    browser().choose("Satisfied");
    continueFrom();
    assertThat(browser().heading()).isEqualTo("Would you recommend restorative justice to someone else?");
    assertAccessible("a survey question with a Back link");
    browser().screenshot("60-survey-recommend");
    browser().choose("No");
    continueFrom();
    // Back to the question before keeps the answer given there
    browser().click(By.className("govuk-back-link"));
    waitForHeading("Would you recommend restorative justice to someone else?");
    assertThat(browser().find(By.id("recommend-no")).isSelected()).isTrue();
    browser().choose("Yes");
    continueFrom();
    assertThat(browser().heading()).isEqualTo("Did you feel prepared for your meeting or exchange?");
    browser().choose("Yes");
    continueFrom();
    assertThat(browser().heading()).isEqualTo("Was the meeting or exchange well run?");
    browser().choose("Yes");
    continueFrom();
    assertThat(browser().heading()).isEqualTo("Is there anything else you want to tell us?");
    browser().type("comments", "It helped.");
    assertAccessible("the survey's free-text question");
    continueFrom();
    assertThat(browser().heading()).isEqualTo("Check your answers before sending them");
    assertThat(browser().text()).contains("Satisfied", "It helped.");
    assertAccessible("check your survey answers");
    browser().screenshot("60-survey-check-answers");
    browser().press("Send your answers");
    waitForHeading("Thank you for your answers");

    // then their answers are kept against the case and the party, and the link is spent
    assertThat(browser().heading()).isEqualTo("Thank you for your answers");
    assertAccessible("the survey's thank-you page");
    browser().screenshot("61-survey-thank-you");
    assertThat(jdbc.sql("select satisfaction from amends.survey_response where party_id = ?")
        .param(first.partyIds().get(0)).query(Integer.class).single()).isEqualTo(4);
    browser().driver().get(link.group(1).replace("localhost", "127.0.0.1"));
    assertThat(browser().heading()).isEqualTo("You have already answered");
    assertAccessible("a used survey link");

    // when a manager opens the report and changes the year
    signIn("manager");
    browser().click(By.linkText("Reports"));
    assertThat(browser().path()).isEqualTo("/reports");
    assertAccessible("the report");
    new Select(browser().find(By.id("year"))).selectByVisibleText("2021/22");
    browser().click(By.id("show-year"));
    browser().waitForHeading("2021/22 (1 April 2021 to 31 March 2022)");
    assertThat(browser().find(By.id("figure-referrals")).getText()).contains("Referrals received\n2");
    assertAccessible("the report for 2021/22");
    browser().screenshot("62-report");

    // and drills into the referrals
    browser().click(By.cssSelector("a[data-figure='referrals']"));
    browser().waitForHeading("Referrals received");
    assertThat(browser().find(By.id("cases")).getText()).contains(first.reference());
    assertAccessible("the cases behind a figure");
    browser().screenshot("63-report-cases");
    browser().click(By.linkText("Back to the report"));

    // and downloads a table and the whole report, with the session the browser has
    String csv = new String(download(browser().find(By.linkText("Download referrals by source as CSV"))
        .getDomAttribute("href")), StandardCharsets.UTF_8);
    assertThat(csv).contains("2021/22 (1 April 2021 to 31 March 2022),Police,2");
    byte[] pdf = download(browser().find(By.id("pdf-link")).getDomAttribute("href"));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/64-annual-report.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Annual report 2021/22", "Referrals received 2", "Referrals by source", "How it is counted");
    }
  }

  /** Presses Continue and waits for the next page, or the same one with its errors. */
  private void continueFrom() {
    String question = browser().path();
    browser().press("Continue");
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> !browser().path().equals(question)
        || !d.findElements(By.className("govuk-error-summary")).isEmpty());
  }

  private void waitForHeading(String heading) {
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> heading.equals(browser().heading()));
  }

  private CaseCreated referral(String date, String email) {
    LocalDate day = LocalDate.parse(date);
    return cases.createFromReferral(new NewCase(new ReferralDetails(ReferralSource.POLICE,
        new Referrer("PC Browser", "Essex Police", "pc.browser@police.example", null), day, day.minusDays(3),
        day.minusDays(2), false, null), new Area("TENDRING"), "Criminal damage", Sensitivity.NONE,
        List.of(harmed("Ava Browser", LocalDate.of(1980, 1, 1), email), harmer("Ben Browser", LocalDate.of(2000, 1, 1), null)),
        null));
  }

  /** Fetches a link of the page as the signed-in browser would (its session cookie). */
  private byte[] download(String href) throws Exception {
    Cookie session = browser().driver().manage().getCookieNamed("JSESSIONID");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + href))
        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(href).isEqualTo(200);
    return response.body();
  }
}

package org.amends.app.reporting;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.notification.ReceivedMail;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone answering a survey on the public pages (no sign-in), one question a page then check
 * your answers, from the personal link in the email they got (GreenMail).
 */
final class SurveyHands {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/survey/[A-Za-z0-9_-]{43})");

  private final MockMvc mvc;
  private final GreenMailExtension smtp;

  SurveyHands(MockMvc mvc, GreenMailExtension smtp) {
    this.mvc = mvc;
    this.smtp = smtp;
  }

  /** The survey link's path in the one email with this subject to this address, once it has come. */
  String link(String address, String subject) {
    await().atMost(Duration.ofSeconds(30)).until(() -> sent(address, subject).size() >= 1);
    List<ReceivedMail> sent = sent(address, subject);
    if (sent.size() != 1) {
      throw new AssertionError("Expected one email '" + subject + "' to " + address + ", got " + sent.size());
    }
    return linkIn(sent.get(0).text());
  }

  private List<ReceivedMail> sent(String address, String subject) {
    return Arrays.stream(smtp.getReceivedMessages()).map(SurveyHands::read)
        .filter(m -> m.to().equalsIgnoreCase(address) && subject.equals(m.subject())).toList();
  }

  /** The survey link's path in the only email received. */
  String onlyLink() throws Exception {
    MimeMessage[] received = smtp.getReceivedMessages();
    if (received.length != 1) {
      throw new AssertionError("Expected one survey email, got " + received.length);
    }
    return linkIn(read(received[0]).text());
  }

  private static String linkIn(String text) {
    Matcher m = LINK.matcher(text);
    if (!m.find()) {
      throw new AssertionError("No survey link in the email");
    }
    return m.group(1);
  }

  /** A participant answers every question (satisfaction 1 to 5, yes to the rest) and sends it. */
  void answerParticipant(String path, String satisfaction) throws Exception {
    mvc.perform(get(path)).andExpect(redirectedUrl(path + "/satisfaction"));
    answer(path + "/satisfaction", "satisfaction", satisfaction, path + "/recommend");
    answer(path + "/recommend", "recommend", "yes", path + "/prepared");
    answer(path + "/prepared", "prepared", "yes", path + "/well-run");
    answer(path + "/well-run", "wellRun", "yes", path + "/anything-else");
    answer(path + "/anything-else", "comments", "", path + "/check");
    send(path);
  }

  /** A referrer says whether they would recommend the service ("yes" or "no") and sends it. */
  void answerReferrer(String path, String recommend) throws Exception {
    answer(path + "/recommend", "recommend", recommend, path + "/anything-else");
    answer(path + "/anything-else", "comments", "", path + "/check");
    send(path);
  }

  private void send(String path) throws Exception {
    mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/survey/thank-you"));
  }

  private void answer(String page, String field, String value, String next) throws Exception {
    mvc.perform(post(page).with(csrf()).param(field, value)).andExpect(redirectedUrl(next));
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      return ReceivedMail.of(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

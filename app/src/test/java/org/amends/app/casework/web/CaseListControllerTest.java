package org.amends.app.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Stage;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;

class CaseListControllerTest extends CasePagesTestSupport {

  @Test
  void shouldListCasesNewestFirstWithPartiesAreaAndDates() throws Exception {
    // given
    String surname = unique();
    StartedCase older = start(new Area("COLCHESTER"), surname);
    StartedCase newer = start(new Area("COLCHESTER"), surname + "son");

    // when
    String html = page("/cases?name=" + surname);

    // then
    assertThat(html)
        .contains("2 cases match your search")
        .contains(">" + older.reference() + "</a>", ">" + newer.reference() + "</a>")
        .contains("Wren " + surname, "Sol " + surname, "Harmed person", "Person who caused the harm")
        .contains("Colchester", "12 January 2026", "<strong class=\"govuk-tag govuk-tag--blue\">Open</strong>")
        .contains("href=\"/cases/" + newer.caseId() + "\"");
    assertThat(html.indexOf(newer.reference())).isLessThan(html.indexOf(older.reference()));
  }

  @Test
  void shouldSearchByAnyPartOfTheReference() throws Exception {
    String surname = unique();
    StartedCase wanted = start(new Area("HARLOW"), surname);
    StartedCase other = start(new Area("HARLOW"), surname + "son");
    String number = wanted.reference().substring(wanted.reference().lastIndexOf('-') + 1);

    String html = page("/cases?reference=" + number.toLowerCase() + "&name=" + surname);

    assertThat(html).contains("1 case matches your search").contains(wanted.reference())
        .doesNotContain(other.reference());
    assertThat(page("/cases?reference=rj-%25")).contains("0 cases match your search");
  }

  @Test
  void shouldSearchByTheNameOfAnyParty() throws Exception {
    String surname = unique();
    StartedCase wanted = start(new Area("BASILDON"), surname);
    StartedCase other = start(new Area("BASILDON"), unique());

    String byHarmer = mvc.perform(get("/cases").param("name", "sol " + surname.toLowerCase())
            .with(coordinator()))
        .andReturn().getResponse().getContentAsString();

    assertThat(byHarmer).contains(wanted.reference()).doesNotContain(other.reference())
        .contains("value=\"sol " + surname.toLowerCase() + "\"");
  }

  @Test
  void shouldSearchByAreaStageAndStatus() throws Exception {
    // given three cases of one family of names: in Southend at assessment, in Thurrock at
    // contact, and in Thurrock closed
    String surname = unique();
    StartedCase southend = startAndSettle(new Area("SOUTHEND"), surname);
    StartedCase thurrock = startAndSettle(new Area("THURROCK"), surname + "son");
    StartedCase closed = startAndSettle(new Area("THURROCK"), surname + "ley");
    cases.setStage(southend.caseId(), Stage.ASSESSMENT);
    cases.recordClosure(closed.caseId(), ClosureOutcome.NO_CONTACT);

    // then
    assertThat(page("/cases?name=" + surname + "&area=SOUTHEND"))
        .contains(southend.reference()).doesNotContain(thurrock.reference(), closed.reference())
        .contains("<option value=\"SOUTHEND\" selected=\"selected\">Southend</option>");
    assertThat(page("/cases?name=" + surname + "&stage=ASSESSMENT"))
        .contains(southend.reference()).doesNotContain(thurrock.reference(), closed.reference());
    assertThat(page("/cases?name=" + surname + "&area=THURROCK&status=OPEN"))
        .contains(thurrock.reference()).doesNotContain(southend.reference(), closed.reference());
    assertThat(page("/cases?name=" + surname + "&status=CLOSED"))
        .contains(closed.reference()).doesNotContain(southend.reference(), thurrock.reference())
        .contains("<strong class=\"govuk-tag govuk-tag--grey\">Closed</strong>");
  }

  @Test
  void shouldPageThroughTheCasesFiveAtATime() throws Exception {
    // given six cases (the tests show five a page)
    String surname = unique();
    List<StartedCase> started = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      started.add(start(new Area("CHELMSFORD"), surname + "x".repeat(i)));
    }

    // when
    String first = page("/cases?name=" + surname);
    String second = page("/cases?name=" + surname + "&page=2");

    // then the newest five first, then the oldest
    assertThat(first).contains("6 cases match your search", "Page 1 of 2")
        .contains("href=\"/cases?name=" + surname + "&amp;page=2\" rel=\"next\"")
        .doesNotContain("rel=\"prev\"");
    for (int i = 1; i < 6; i++) {
      assertThat(first).contains(started.get(i).reference());
    }
    assertThat(first).doesNotContain(started.get(0).reference() + "<");
    assertThat(second).contains("Page 2 of 2", started.get(0).reference())
        .contains("href=\"/cases?name=" + surname + "&amp;page=1\" rel=\"prev\"")
        .doesNotContain("rel=\"next\"", started.get(5).reference());
    // a page past the end shows the last page
    assertThat(page("/cases?name=" + surname + "&page=9")).contains("Page 2 of 2");
  }

  @Test
  void shouldExplainASearchItCannotRun() throws Exception {
    mvc.perform(get("/cases").param("area", "ATLANTIS").param("name", "Wren").with(coordinator()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Cases")))
        .andExpect(content().string(containsString("href=\"#area\">Select an area from the list</a>")))
        .andExpect(content().string(containsString("value=\"Wren\"")))
        .andExpect(content().string(not(containsString("govuk-table__body"))));
  }

  @Test
  void shouldSendSomeoneNotSignedInToTheSignInPage() throws Exception {
    mvc.perform(get("/cases"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(coordinator()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}

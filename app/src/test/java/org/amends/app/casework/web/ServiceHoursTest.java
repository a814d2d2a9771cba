package org.amends.app.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Volunteer hours outside cases: facilitators log their own, coordinators anyone's, with GOV.UK errors. */
class ServiceHoursTest extends CasePagesTestSupport {

  @Autowired FacilitatorService facilitators;
  @Autowired CaseRecordService records;

  @Test
  void shouldLetAFacilitatorLogTheirOwnHoursOutsideCases() throws Exception {
    String name = unique();
    Facilitator own = facilitator(name, "hours-" + name.toLowerCase());
    Facilitator other = facilitator(unique(), null);
    RequestPostProcessor signedIn = user("hours-" + name.toLowerCase()).roles("FACILITATOR");

    String page = mvc.perform(get("/volunteer-hours").with(signedIn)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Volunteer hours outside cases", "Training", "Awareness event", "travel included")
        .doesNotContain("Choose a facilitator", ">Preparation<");

    // a facilitator cannot log hours for someone else, nor a case-only activity here
    mvc.perform(hours(signedIn, "2", "TRAINING").param("facilitatorId", String.valueOf(other.id())))
        .andExpect(redirectedUrl("/volunteer-hours"));
    String refused = mvc.perform(hours(signedIn, "2", "PREPARATION")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("There is a problem", "Select what the time was spent on");
    String wrong = mvc.perform(hours(signedIn, "25", "FORUM")).andReturn().getResponse().getContentAsString();
    assertThat(wrong).contains("Hours must be more than 0 and no more than 24");

    assertThat(records.serviceHours(own.id())).singleElement().satisfies(h -> {
      assertThat(h.caseId()).isNull();
      assertThat(h.activity()).isEqualTo(VolunteerActivity.TRAINING);
      assertThat(h.hours()).isEqualByComparingTo("2");
    });
    assertThat(records.serviceHours(other.id())).isEmpty();
  }

  @Test
  void shouldLetACoordinatorLogHoursForAnyFacilitatorAndTellAnUnlinkedFacilitatorWhy() throws Exception {
    Facilitator someone = facilitator(unique(), null);
    String errors = mvc.perform(hours(coordinator(), "1", "FORUM")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(errors).contains("Select the facilitator");
    mvc.perform(hours(coordinator(), "1.5", "COMMUNITY_PANEL").param("facilitatorId", String.valueOf(someone.id())))
        .andExpect(redirectedUrl("/volunteer-hours"));
    assertThat(records.serviceHours(someone.id())).extracting(h -> h.activity()).containsExactly(VolunteerActivity.COMMUNITY_PANEL);

    RequestPostProcessor unlinked = user("hours-nobody").roles("FACILITATOR");
    assertThat(mvc.perform(get("/volunteer-hours").with(unlinked)).andReturn().getResponse().getContentAsString())
        .contains("Your account is not linked to a facilitator record").doesNotContain("Log hours</button>");
  }

  private MockHttpServletRequestBuilder hours(RequestPostProcessor who, String hours, String activity) {
    LocalDate day = LocalDate.now().minusDays(3);
    return post("/volunteer-hours").with(who).with(csrf()).param("workedOn.day", String.valueOf(day.getDayOfMonth()))
        .param("workedOn.month", String.valueOf(day.getMonthValue())).param("workedOn.year", String.valueOf(day.getYear()))
        .param("hours", hours).param("activity", activity).param("hoursKey", unique());
  }

  private Facilitator facilitator(String surname, String username) {
    Facilitator f = facilitators.register(Facilitator.of("Val " + surname, surname.toLowerCase() + "@volunteers.example",
        LocalDate.of(1975, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW"))));
    return username == null ? f : facilitators.linkStaffUser(f.id(), username);
  }
}

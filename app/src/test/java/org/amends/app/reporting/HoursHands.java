package org.amends.app.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Volunteer hours logged through the pages: on a case (the case page) or outside cases (the hours
 * page), by the facilitator themselves or by a coordinator for them; the date as day, month, year.
 */
final class HoursHands {

  private final MockMvc mvc;

  HoursHands(MockMvc mvc) {
    this.mvc = mvc;
  }

  void onCase(RequestPostProcessor who, long caseId, long facilitatorId, LocalDate day, String hours, String activity)
      throws Exception {
    mvc.perform(form(post("/cases/{id}/volunteer-hours", caseId), who, day, hours, activity)
            .param("facilitatorId", String.valueOf(facilitatorId)))
        .andExpect(redirectedUrl("/cases/" + caseId + "#volunteer-hours"));
  }

  /** Hours outside cases; {@code facilitatorId} null when a facilitator logs their own. */
  void outside(RequestPostProcessor who, Long facilitatorId, LocalDate day, String hours, String activity)
      throws Exception {
    MockHttpServletRequestBuilder request = form(post("/volunteer-hours"), who, day, hours, activity);
    if (facilitatorId != null) {
      request.param("facilitatorId", String.valueOf(facilitatorId));
    }
    mvc.perform(request).andExpect(redirectedUrl("/volunteer-hours"));
  }

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, RequestPostProcessor who,
      LocalDate day, String hours, String activity) {
    return request.with(who).with(csrf())
        .param("workedOn.day", String.valueOf(day.getDayOfMonth()))
        .param("workedOn.month", String.valueOf(day.getMonthValue()))
        .param("workedOn.year", String.valueOf(day.getYear()))
        .param("hours", hours).param("activity", activity).param("hoursKey", UUID.randomUUID().toString());
  }
}

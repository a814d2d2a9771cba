package org.amends.app.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in attempts per client address are limited, whichever accounts they try. */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

  /** Stands for the sign-in that the throttle lets through. */
  @RestController
  static class SignInReached {
    @PostMapping("/login")
    String reached() {
      return "checked";
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SignInReached())
      .addFilters(AddressThrottle.signIn(new SignInSettings(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5), null)))
      .build();

  @Test
  void shouldSendTheFourthAttemptFromOneAddressBackWithoutCheckingIt(CapturedOutput output) throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(post("/login").with(from("203.0.113.7")).param("username", "user" + i))
          .andExpect(content().string("checked"));
    }
    mvc.perform(post("/login").with(from("203.0.113.7")).param("username", "another"))
        .andExpect(status().isSeeOther())
        .andExpect(header().string("Location", "/login?throttled"))
        .andExpect(content().string(Matchers.emptyString()));
    org.assertj.core.api.Assertions.assertThat(output.getAll())
        .contains("Sign-in attempts from 203.0.113.7 throttled: more than 3 in PT5M");

    // another address is not held up, and nor is anything but a sign-in
    mvc.perform(post("/login").with(from("198.51.100.2"))).andExpect(content().string("checked"));
    mvc.perform(get("/login").with(from("203.0.113.7"))).andExpect(status().isMethodNotAllowed());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}

package org.amends.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles the POST). */
@Controller
class LoginController {

  private final SignInSettings settings;

  LoginController(SignInSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
      @RequestParam(required = false) String throttled, @RequestParam(required = false) String expired,
      @RequestParam(required = false) String setUp, @RequestParam(required = false) String signedOut,
      Model model) {
    String problem = null;
    if (locked != null) {
      problem = "Your account is locked because of too many failed attempts to sign in. Try again in "
          + SignInSettings.words(settings.lockout());
    } else if (throttled != null) {
      problem = "There have been too many attempts to sign in from your network. Wait "
          + SignInSettings.words(settings.addressWindow()) + ", then try again";
    } else if (error != null) {
      problem = "Enter a correct user name and password";
    }
    model.addAttribute("failed", problem != null);
    model.addAttribute("problem", problem);
    model.addAttribute("notice", expired != null ? "Your access has changed. Sign in again to go on."
        : setUp != null ? "You created the first manager. Sign in with that account."
        : signedOut != null ? "You have signed out" : null);
    return "security/login";
  }
}

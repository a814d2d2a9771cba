package org.amends.app.security;

import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Create the first manager (anyone holding the one-time token printed at start). Open only while
 * that token waits and no manager exists; otherwise 404, as if there were no such page.
 */
@Controller
@RequestMapping(FirstManagerSetup.PATH)
class SetupController {

  private final FirstManagerSetup setup;
  private final AccountFormCheck check;

  SetupController(FirstManagerSetup setup, AccountFormCheck check) {
    this.setup = setup;
    this.check = check;
  }

  @GetMapping
  String page(Model model) {
    requireOpen();
    model.addAttribute("form", new AccountForm());
    model.addAttribute("pageTitle", "Create the first manager");
    return "security/setup";
  }

  @PostMapping
  @Audited(AuditAction.FIRST_MANAGER_CREATED)
  String create(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model) {
    requireOpen();
    String token = form.getToken() == null ? "" : form.getToken().trim();
    if (token.isEmpty()) {
      errors.rejectValue("token", "required", "Enter the set-up token");
    }
    NewAccount manager = check.check(form, false, errors);
    if (manager != null && !setup.createFirstManager(token, manager)) {
      errors.rejectValue("token", "wrong",
          "Enter the set-up token printed when the app started; if it has expired, restart the app for a new one");
    }
    if (errors.hasErrors()) {
      form.setPassword(null);
      model.addAttribute("pageTitle", "Error: Create the first manager");
      return "security/setup";
    }
    return "redirect:/login?setUp";
  }

  private void requireOpen() {
    if (!setup.open()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}

package org.amends.app.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amends.app.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a new account field by field, in the order of the page, with GOV.UK messages; every
 * field has a length limit and no check uses a pattern that could backtrack.
 */
@Component
class AccountFormCheck {

  static final int MAX_DISPLAY_NAME = 200;

  static final List<Option> ROLES = List.of(
      Option.of(Role.COORDINATOR.name(), "Coordinator", "Casework, intake and the coordinators' tasks"),
      Option.of(Role.FACILITATOR.name(), "Facilitator", "The cases they are allocated to"),
      Option.of(Role.MANAGER.name(), "Manager", "Processes, forms, reports, monitoring and users' roles"),
      Option.of(Role.MONITOR.name(), "Monitor", "Monitoring and reports, without personal details"));

  private final StaffAccounts accounts;
  private final PasswordPolicy passwords;

  AccountFormCheck(StaffAccounts accounts, PasswordPolicy passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  /** The account, or null when the form has errors (rejected on {@code errors}). */
  NewAccount check(AccountForm form, boolean askRoles, Errors errors) {
    String username = form.getUsername() == null ? "" : form.getUsername().trim().toLowerCase(Locale.ROOT);
    if (username.isEmpty()) {
      errors.rejectValue("username", "required", "Enter a user name");
    } else if (username.length() > UserNames.MAX) {
      errors.rejectValue("username", "tooLong", "User name must be " + UserNames.MAX + " characters or fewer");
    } else if (!UserNames.wellFormed(username)) {
      errors.rejectValue("username", "format",
          "User name must only include lower-case letters, numbers, dots, dashes and underscores");
    } else if (accounts.find(username).isPresent()) {
      errors.rejectValue("username", "taken", "A member of staff already has that user name");
    }
    String displayName = form.getDisplayName() == null ? "" : form.getDisplayName().trim();
    if (displayName.isEmpty()) {
      errors.rejectValue("displayName", "required", "Enter their full name");
    } else if (displayName.length() > MAX_DISPLAY_NAME) {
      errors.rejectValue("displayName", "tooLong", "Full name must be " + MAX_DISPLAY_NAME + " characters or fewer");
    }
    String problem = passwords.problem(form.getPassword(), username);
    if (problem != null) {
      errors.rejectValue("password", "weak", problem);
    }
    Set<Role> roles = askRoles ? roles(form.getRoles()) : EnumSet.of(Role.MANAGER);
    if (roles.isEmpty()) {
      errors.rejectValue("roles", "required", "Select at least one role");
    }
    return errors.hasErrors() ? null : new NewAccount(username, displayName, form.getPassword(), roles);
  }

  /** The roles among the values posted; anything else is ignored. */
  static Set<Role> roles(List<String> values) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (values != null) {
      values.forEach(v -> Arrays.stream(Role.values()).filter(r -> r.name().equals(v)).forEach(roles::add));
    }
    return roles;
  }
}

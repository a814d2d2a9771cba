package org.amends.app.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers only (SecurityConfiguration): the staff accounts, adding one with an initial password,
 * changing someone's roles, deactivating and reactivating. There is always an active manager.
 */
@Controller
@RequestMapping("/users")
class UsersController {

  /** The audit log names an account by its user name (staff, not a person in a case). */
  private static final String STAFF_ACCOUNT = "STAFF_ACCOUNT";

  private static final String LAST_MANAGER = "There must be at least one active manager";

  private final StaffAccounts accounts;
  private final AccountFormCheck check;

  UsersController(StaffAccounts accounts, AccountFormCheck check) {
    this.accounts = accounts;
    this.check = check;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("rows", accounts.all().stream().map(UsersController::row).toList());
    return "security/users";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute("form", new AccountForm());
    return newUserPage(model, false);
  }

  @PostMapping("/new")
  @Audited(AuditAction.STAFF_ACCOUNT_ADDED)
  String addUser(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    NewAccount account = check.check(form, true, errors);
    if (account == null) {
      form.setPassword(null);
      return newUserPage(model, true);
    }
    accounts.create(account.username(), account.displayName(), account.password(), account.roles());
    AuditSubject.subject(STAFF_ACCOUNT, account.username());
    flash.addFlashAttribute("success", "You added " + account.displayName());
    return "redirect:/users";
  }

  @GetMapping("/{username}")
  String user(@PathVariable String username, Model model) {
    StaffAccount account = account(username);
    AccountForm form = new AccountForm();
    form.setRoles(account.roleSet().stream().map(Role::name).toList());
    model.addAttribute("form", form);
    return userPage(account, model, false);
  }

  @PostMapping("/{username}/roles")
  @Audited(AuditAction.STAFF_ROLES_CHANGED)
  String changeRoles(@PathVariable String username, @ModelAttribute("form") AccountForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    StaffAccount account = account(username);
    AuditSubject.subject(STAFF_ACCOUNT, account.username());
    Set<Role> roles = AccountFormCheck.roles(form.getRoles());
    if (roles.isEmpty()) {
      errors.rejectValue("roles", "required", "Select at least one role");
    } else if (account.active() && account.roleSet().contains(Role.MANAGER) && !roles.contains(Role.MANAGER)
        && lastManager(account)) {
      errors.rejectValue("roles", "lastManager", LAST_MANAGER);
    }
    if (errors.hasErrors()) {
      return userPage(account, model, true);
    }
    accounts.changeRoles(account, EnumSet.copyOf(roles));
    flash.addFlashAttribute("success", "You changed the roles of " + account.displayName());
    return "redirect:/users";
  }

  @PostMapping("/{username}/active")
  @Audited(AuditAction.STAFF_ACCOUNT_ACTIVE_CHANGED)
  String setActive(@PathVariable String username, @RequestParam boolean active, RedirectAttributes flash) {
    StaffAccount account = account(username);
    AuditSubject.subject(STAFF_ACCOUNT, account.username());
    if (!active && account.active() && account.roleSet().contains(Role.MANAGER) && lastManager(account)) {
      flash.addFlashAttribute("problem", LAST_MANAGER);
      return "redirect:/users/" + account.username();
    }
    accounts.setActive(account, active);
    flash.addFlashAttribute("success",
        (active ? "You reactivated " : "You deactivated ") + account.displayName());
    return "redirect:/users";
  }

  private String newUserPage(Model model, boolean failed) {
    model.addAttribute("roleOptions", AccountFormCheck.ROLES);
    model.addAttribute("pageTitle", (failed ? "Error: " : "") + "Add a member of staff");
    return "security/new-user";
  }

  private String userPage(StaffAccount account, Model model, boolean failed) {
    model.addAttribute("account", row(account));
    model.addAttribute("roleOptions", AccountFormCheck.ROLES);
    model.addAttribute("pageTitle", (failed ? "Error: " : "") + account.displayName());
    return "security/user";
  }

  private boolean lastManager(StaffAccount account) {
    return accounts.active().stream()
        .filter(a -> a.roleSet().contains(Role.MANAGER))
        .allMatch(a -> a.username().equals(account.username()));
  }

  private StaffAccount account(String username) {
    return accounts.find(username)
        .filter(accounts::usable)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static UserRow row(StaffAccount account) {
    List<String> roles = account.roleSet().stream()
        .map(r -> AccountFormCheck.ROLES.stream().filter(o -> o.value().equals(r.name())).findFirst().orElseThrow().label())
        .toList();
    return new UserRow(account.username(), account.displayName(), String.join(", ", roles), account.active());
  }

  /** One member of staff as the pages show them. */
  public record UserRow(String username, String displayName, String roles, boolean active) {
    public String status() {
      return active ? "Active" : "Deactivated";
    }

    public String rolesOrNone() {
      return roles.isEmpty() ? "None" : roles;
    }
  }
}

package org.amends.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.amends.app.web.DateParts;
import org.amends.app.web.PageLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for managers (MANAGER only, see SecurityConfiguration): search by case reference
 * or staff username within dates, newest first. Reading the log is itself recorded.
 */
@Controller
class AuditController {

  private static final String REFERENCE = "^RJ-\\d{4}-\\d{5,}$";
  private static final String USERNAME = "^[A-Za-z0-9._@-]+$";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private final AuditQuery query;
  private final ZoneId zone;
  private final int pageSize;

  AuditController(AuditQuery query, Clock clock, @Value("${amends.audit.page-size:50}") int pageSize) {
    this.query = query;
    this.zone = clock.getZone();
    this.pageSize = pageSize;
  }

  @GetMapping("/audit")
  @Audited(AuditAction.AUDIT_SEARCHED)
  String search(@ModelAttribute("search") AuditSearchForm search, BindingResult errors,
      @RequestParam(name = "page", required = false) String page, HttpServletRequest request, Model model) {
    AuditCriteria criteria = criteria(search, errors);
    model.addAttribute("searchFailed", errors.hasErrors());
    if (errors.hasErrors()) {
      model.addAttribute("rows", List.of());
      return "audit/search";
    }
    if (criteria.reference() != null) {
      AuditSubject.subject("CASE_REFERENCE", criteria.reference());
    } else if (criteria.username() != null) {
      AuditSubject.subject("STAFF", criteria.username());
    }
    long total = query.count(criteria);
    int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    int number = Math.min(pages, Math.max(1, pageNumber(page)));
    UriComponentsBuilder here = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page");
    PageLinks links = new PageLinks(number, pageSize, total, here);
    model.addAttribute("rows", query.search(criteria, links.offset(), pageSize).stream()
        .map(e -> new AuditRow(e, WHEN.format(e.occurredAt().atZone(zone)).replace("AM", "am").replace("PM", "pm")))
        .toList());
    model.addAttribute("total", total);
    model.addAttribute("pageLinks", links);
    return "audit/search";
  }

  private static AuditCriteria criteria(AuditSearchForm search, BindingResult errors) {
    String reference = search.trimmedReference();
    if (reference != null && (reference.length() > 30 || !reference.matches(REFERENCE))) {
      errors.rejectValue("reference", "format", "Enter a case reference in the format RJ-2026-00042");
    }
    String username = search.trimmedUsername();
    if (username != null && (username.length() > AuditSearchForm.MAX_USERNAME || !username.matches(USERNAME))) {
      errors.rejectValue("username", "format",
          "Enter a staff username using only letters, numbers, full stops, hyphens, underscores and @");
    }
    LocalDate from = date(search.getFrom(), "from", "the start date", errors);
    LocalDate to = date(search.getTo(), "to", "the end date", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.rejectValue("to", "order", "The end date must be the same as or after the start date");
    }
    return new AuditCriteria(reference, username, from, to);
  }

  private static LocalDate date(DateParts parts, String field, String name, BindingResult errors) {
    if (parts == null || parts.isEmpty()) {
      return null;
    }
    String problem = parts.problem(name);
    if (problem != null) {
      errors.rejectValue(field, "invalid", problem);
      return null;
    }
    return parts.toDate();
  }

  private static int pageNumber(String page) {
    return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
  }

  /** A row as the page shows it. */
  record AuditRow(AuditEvent event, String when) {}
}

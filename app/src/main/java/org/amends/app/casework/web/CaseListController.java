package org.amends.app.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.Stage;
import org.amends.app.security.CaseAccess;
import org.amends.app.web.Option;
import org.amends.app.web.PageLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * GET /cases: every case (a facilitator's own cases only), newest first, searched by a GET form
 * that works without JavaScript.
 */
@Controller
class CaseListController {

  private final CaseListing listing;
  private final ServiceChoices choices;
  private final CaseAccess access;
  private final int pageSize;

  CaseListController(
      CaseListing listing, ServiceChoices choices, CaseAccess access,
      @Value("${amends.cases.page-size:25}") int pageSize) {
    this.listing = listing;
    this.choices = choices;
    this.access = access;
    this.pageSize = pageSize;
  }

  /** The list shows names and can be searched by them: who looked is recorded, not what for. */
  @GetMapping("/cases")
  @Audited(AuditAction.CASES_LISTED)
  String list(
      @ModelAttribute("search") CaseSearchForm search,
      BindingResult errors,
      @RequestParam(name = "page", required = false) String page,
      HttpServletRequest request,
      Model model) {
    CaseCriteria criteria = criteria(search, errors, access.allocatedOnlyTo().orElse(null));
    // an area the service never had is a wrong filter; a retired one still finds its old cases
    if (criteria.area() != null && choices.find(ChoiceList.AREAS, criteria.area().code()).isEmpty()) {
      errors.rejectValue("area", "unknown", "Select an area from the list");
    }
    model.addAttribute("allocatedOnly", access.allocatedOnlyTo().isPresent());
    model.addAttribute("areas", choices.filterOptions(ChoiceList.AREAS));
    model.addAttribute("stages", options(Stage.values(), Labels::stage));
    model.addAttribute("statuses", options(CaseStatus.values(), Labels::status));
    model.addAttribute("searchFailed", errors.hasErrors());
    if (errors.hasErrors()) {
      model.addAttribute("cases", List.of());
      return "casework/list";
    }
    long total = listing.count(criteria);
    int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    // a page past the end (the list shrank since the link was made) shows the last one
    int number = Math.min(pages, Math.max(1, pageNumber(page)));
    PageLinks links = new PageLinks(number, pageSize, total, query(request, search));
    model.addAttribute("cases", listing.search(criteria, links.offset(), pageSize));
    model.addAttribute("total", total);
    model.addAttribute("pageLinks", links);
    model.addAttribute("searched", criteria.reference() != null || criteria.name() != null
        || criteria.area() != null || criteria.stage() != null || criteria.status() != null);
    return "casework/list";
  }

  private static CaseCriteria criteria(
      CaseSearchForm search, BindingResult errors, String allocatedTo) {
    Area area = CaseSearchForm.isAny(search.getArea()) ? null : Area.of(search.getArea().trim());
    Stage stage = code(Stage.class, search.getStage(), "stage", "Select a stage from the list", errors);
    CaseStatus status =
        code(CaseStatus.class, search.getStatus(), "status", "Select a status from the list", errors);
    return new CaseCriteria(
        search.trimmedReference(), search.trimmedName(), area, stage, status, allocatedTo);
  }

  private static <E extends Enum<E>> E code(
      Class<E> type, String value, String field, String message, BindingResult errors) {
    if (CaseSearchForm.isAny(value)) {
      return null;
    }
    E code = CaseSearchForm.code(type, value).orElse(null);
    if (code == null) {
      errors.rejectValue(field, "unknown", message);
    }
    return code;
  }

  private static int pageNumber(String page) {
    try {
      return page == null ? 1 : Integer.parseInt(page.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The list's address with this search, for the previous and next links. */
  private static UriComponentsBuilder query(HttpServletRequest request, CaseSearchForm search) {
    UriComponentsBuilder query = UriComponentsBuilder.fromPath(request.getContextPath() + "/cases");
    addIfGiven(query, "reference", search.getReference());
    addIfGiven(query, "name", search.getName());
    addIfGiven(query, "area", search.getArea());
    addIfGiven(query, "stage", search.getStage());
    addIfGiven(query, "status", search.getStatus());
    return query;
  }

  private static void addIfGiven(UriComponentsBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query.queryParam(name, value.trim());
    }
  }

  private static <E extends Enum<E>> List<Option> options(
      E[] codes, java.util.function.Function<E, String> label) {
    return Arrays.stream(codes).map(c -> Option.of(c.name(), label.apply(c))).toList();
  }
}

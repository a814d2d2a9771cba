package org.amends.app.areas;

import java.util.Arrays;
import java.util.List;
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
 * Managers only (SecurityConfiguration): the service's areas and referral sources. A manager adds,
 * renames, retires and offers again; intake offers only what is not retired, while old cases,
 * filters and reports keep every one.
 */
@Controller
@RequestMapping("/service-lists")
class ServiceListsController {

  private static final int MAX_NAME = 100;

  record ListSection(ChoiceList list, List<Choice> rows) {}

  private final ServiceChoices choices;
  private final ChoiceEditor editor;

  ServiceListsController(ServiceChoices choices, ChoiceEditor editor) {
    this.choices = choices;
    this.editor = editor;
  }

  @GetMapping
  String lists(Model model) {
    model.addAttribute("sections", Arrays.stream(ChoiceList.values())
        .map(list -> new ListSection(list, choices.all(list))).toList());
    return "areas/lists";
  }

  @GetMapping("/{slug}/new")
  String newChoice(@PathVariable String slug, Model model) {
    model.addAttribute("form", new ChoiceForm());
    return namePage(list(slug), null, model, false);
  }

  @PostMapping("/{slug}/new")
  @Audited(AuditAction.SERVICE_CHOICE_ADDED)
  String add(@PathVariable String slug, @ModelAttribute("form") ChoiceForm form, BindingResult errors,
      Model model, RedirectAttributes flash) {
    ChoiceList list = list(slug);
    String name = checkName(list, form, null, errors);
    if (errors.hasErrors()) {
      return namePage(list, null, model, true);
    }
    String code = editor.add(list, name);
    AuditSubject.subject(subjectKind(list), code);
    flash.addFlashAttribute("success", "You added " + name);
    return "redirect:/service-lists";
  }

  @GetMapping("/{slug}/{code}")
  String choice(@PathVariable String slug, @PathVariable String code, Model model) {
    ChoiceList list = list(slug);
    Choice choice = choice(list, code);
    ChoiceForm form = new ChoiceForm();
    form.setName(choice.name());
    model.addAttribute("form", form);
    return namePage(list, choice, model, false);
  }

  @PostMapping("/{slug}/{code}")
  @Audited(AuditAction.SERVICE_CHOICE_RENAMED)
  String rename(@PathVariable String slug, @PathVariable String code, @ModelAttribute("form") ChoiceForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    ChoiceList list = list(slug);
    Choice choice = choice(list, code);
    AuditSubject.subject(subjectKind(list), choice.code());
    String name = checkName(list, form, choice.code(), errors);
    if (errors.hasErrors()) {
      return namePage(list, choice, model, true);
    }
    editor.rename(list, choice.code(), name);
    flash.addFlashAttribute("success", "You renamed " + choice.name() + " to " + name);
    return "redirect:/service-lists";
  }

  @PostMapping("/{slug}/{code}/retired")
  @Audited(AuditAction.SERVICE_CHOICE_RETIRED)
  String setRetired(@PathVariable String slug, @PathVariable String code, @RequestParam boolean retired,
      RedirectAttributes flash) {
    ChoiceList list = list(slug);
    Choice choice = choice(list, code);
    AuditSubject.subject(subjectKind(list), choice.code());
    if (retired && !ChoiceEditor.retirable(list, choice.code())) {
      flash.addFlashAttribute("problem", choice.name() + " cannot be retired: the public self-referral records it");
      return "redirect:/service-lists";
    }
    editor.setRetired(list, choice.code(), retired);
    flash.addFlashAttribute("success", (retired ? "You retired " : "You offered again ") + choice.name());
    return "redirect:/service-lists";
  }

  private String checkName(ChoiceList list, ChoiceForm form, String code, BindingResult errors) {
    String name = form.trimmedName();
    if (name.isEmpty()) {
      errors.rejectValue("name", "required", "Enter the name of the " + list.noun());
    } else if (name.length() > MAX_NAME) {
      errors.rejectValue("name", "tooLong", "The name must be " + MAX_NAME + " characters or fewer");
    } else if (editor.nameTaken(list, name, code)) {
      errors.rejectValue("name", "taken", "There is already " + article(list) + " " + list.noun() + " called " + name);
    }
    return name;
  }

  private String namePage(ChoiceList list, Choice choice, Model model, boolean failed) {
    String heading = choice == null ? "Add " + article(list) + " " + list.noun() : "Rename " + choice.name();
    model.addAttribute("list", list);
    model.addAttribute("choice", choice);
    model.addAttribute("heading", heading);
    model.addAttribute("action", "/service-lists/" + list.slug() + (choice == null ? "/new" : "/" + choice.code()));
    model.addAttribute("pageTitle", (failed ? "Error: " : "") + heading);
    return "areas/name";
  }

  private static String article(ChoiceList list) {
    return list == ChoiceList.AREAS ? "an" : "a";
  }

  private static String subjectKind(ChoiceList list) {
    return list == ChoiceList.AREAS ? "AREA" : "REFERRAL_SOURCE";
  }

  private static ChoiceList list(String slug) {
    ChoiceList list = ChoiceList.bySlug(slug);
    if (list == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return list;
  }

  private Choice choice(ChoiceList list, String code) {
    return choices.find(list, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}

package org.amends.app.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person's subject access export (a printable page, and the same as a file to download) and
 * their erasure (MANAGER only, see SecurityConfiguration). Each is recorded in the audit log
 * with the person's kind and id.
 */
@Controller
class PersonController {

  private static final String PATH = "/privacy/people/{kind:[a-z]+}/{personId:\\d{1,18}}";

  private final People people;
  private final SubjectAccessExport export;
  private final ErasurePolicy policy;
  private final Erasure erasure;

  PersonController(People people, SubjectAccessExport export, ErasurePolicy policy, Erasure erasure) {
    this.people = people;
    this.export = export;
    this.policy = policy;
    this.erasure = erasure;
  }

  @GetMapping(PATH)
  @Audited(AuditAction.SUBJECT_ACCESS_EXPORTED)
  String show(@PathVariable String kind, @PathVariable long personId, Model model) {
    Person person = person(kind, personId);
    model.addAttribute("person", person);
    model.addAttribute("sections", export.export(person.kind(), person.id()));
    return "privacy/export";
  }

  @GetMapping(PATH + "/export.json")
  @Audited(AuditAction.SUBJECT_ACCESS_EXPORTED)
  ResponseEntity<Map<String, Object>> download(@PathVariable String kind, @PathVariable long personId) {
    Person person = person(kind, personId);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("kind", person.kind().name());
    document.put("id", person.id());
    document.put("caseReference", person.caseReference());
    Map<String, Object> tables = new LinkedHashMap<>();
    for (SubjectAccessExport.Section section : export.export(person.kind(), person.id())) {
      tables.put(section.table(), Map.of("title", section.title(), "rows", section.rows()));
    }
    document.put("tables", tables);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("subject-access-" + person.kind().slug() + "-" + person.id() + ".json").build().toString())
        .body(document);
  }

  @GetMapping(PATH + "/erasure")
  @Audited(AuditAction.ERASURE_CHECKED)
  String erasure(@PathVariable String kind, @PathVariable long personId, Model model) {
    Person person = person(kind, personId);
    model.addAttribute("person", person);
    model.addAttribute("reasons", policy.reasonsToKeep(person));
    return "privacy/erasure";
  }

  @PostMapping(PATH + "/erasure")
  @Audited(AuditAction.PERSON_ERASED)
  String erase(@PathVariable String kind, @PathVariable long personId, RedirectAttributes flash) {
    Person person = person(kind, personId);
    Erasure.Result result = erasure.erase(person);
    if (result instanceof Erasure.Refused refused) {
      flash.addFlashAttribute("problem", String.join(" ", refused.reasons()));
      return "redirect:" + person.href() + "/erasure";
    }
    int rows = ((Erasure.Erased) result).rowsPerTable().values().stream().mapToInt(Integer::intValue).sum();
    flash.addFlashAttribute("success", "Their personal data was erased: " + rows + (rows == 1 ? " record" : " records") + " changed");
    return "redirect:" + person.href();
  }

  private Person person(String kind, long personId) {
    Person person = PersonKind.fromSlug(kind).flatMap(k -> people.find(k, personId))
        .orElseThrow(PersonNotFound::new);
    AuditSubject.subject(person.kind().name(), String.valueOf(person.id()));
    if (person.caseId() != null) {
      AuditSubject.caseId(person.caseId());
    }
    return person;
  }

  @ExceptionHandler(PersonNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  private static final class PersonNotFound extends RuntimeException {
    PersonNotFound() {
      super("No such person", null, false, false);
    }
  }
}

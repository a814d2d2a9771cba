package org.amends.app.referral.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The partner API answers every problem as an RFC 9457 problem detail (application/problem+json)
 * with an {@code errors} array naming each wrong field: a body that is not JSON, a value of the
 * wrong type or an unknown enum value, a missing or invalid field. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = PartnerReferralController.class)
class PartnerApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PartnerApiProblems.class);

  static ProblemDetail invalid(List<FieldProblem> problems) {
    String detail = problems.stream()
        .map(p -> p.field() + " " + p.message())
        .collect(Collectors.joining("; ", "The referral has " + problems.size()
            + (problems.size() == 1 ? " invalid field: " : " invalid fields: "), "."));
    return problem(detail, problems);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body;
    JsonParseException parse = find(ex, JsonParseException.class);
    MismatchedInputException mismatch = find(ex, MismatchedInputException.class);
    if (parse != null) {
      body = problem("The request body is not well-formed JSON: " + parse.getOriginalMessage()
          + " (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + ").", List.of());
    } else if (mismatch != null && !mismatch.getPath().isEmpty()) {
      body = invalid(List.of(new FieldProblem(path(mismatch), expected(mismatch))));
    } else {
      body = problem("Send the referral as a JSON object in the request body.", List.of());
    }
    return ResponseEntity.badRequest().body(body);
  }

  /** Anything unexpected: logged here, answered without detail. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Partner API request failed", e);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The referral could not be taken because of a problem on our side. Try again later.");
    return ResponseEntity.internalServerError().body(body);
  }

  /** Jackson's exception may come wrapped (a record's constructor, the converter). */
  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  static ProblemDetail problem(String detail, List<FieldProblem> errors) {
    return problem(HttpStatus.BAD_REQUEST, detail, errors);
  }

  static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status == HttpStatus.CONFLICT ? "Idempotency key reused" : "Invalid referral");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** The JSON path of the wrong value, like harmed.preferredContact or others[0].role. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    if (type != null && type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", "));
    }
    if (type != null && Temporal.class.isAssignableFrom(type)) {
      return "must be a date in the form YYYY-MM-DD";
    }
    if (e instanceof InvalidFormatException || type != null) {
      return "must be " + describe(type);
    }
    return "has the wrong type";
  }

  private static String describe(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "a JSON object";
  }
}

package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.stream.Collectors;
import org.amends.engine.EngineException;
import org.amends.engine.deployment.DeploymentRejected;
import org.amends.engine.query.InvalidSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) with Camunda's titles and
 * statuses, so that the client raises a {@code ProblemException} with the engine's message. A bad
 * request never gets a stack trace.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(EngineException.class)
  ResponseEntity<ProblemDetail> engine(EngineException e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case INVALID_STATE, ALREADY_EXISTS -> HttpStatus.CONFLICT;
      case RESOURCE_EXHAUSTED, UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case DEADLINE_EXCEEDED -> HttpStatus.GATEWAY_TIMEOUT;
    };
    return problem(status, e.kind().name(), e.getMessage());
  }

  @ExceptionHandler(DeploymentRejected.class)
  ResponseEntity<ProblemDetail> deployment(DeploymentRejected e) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage());
  }

  @ExceptionHandler(InvalidSearch.class)
  ResponseEntity<ProblemDetail> search(InvalidSearch e) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad Request", describe(e));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
        "The value '" + e.getValue() + "' of '" + e.getName() + "' is not valid"
            + (e.getRequiredType() == long.class || e.getRequiredType() == Long.class ? ": expected a key (a number)" : ""));
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
      MultipartException.class})
  ResponseEntity<ProblemDetail> missingPart(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", e.getMessage());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noEndpoint(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
        "No endpoint " + e.getHttpMethod() + " /" + e.getResourcePath());
  }

  @ExceptionHandler(UnsupportedOperationException.class)
  ResponseEntity<ProblemDetail> unsupported(UnsupportedOperationException e) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    LOG.error("Unexpected failure of an API request", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "Unexpected error: " + e.getMessage());
  }

  /** Names the field a body could not be read at, and why, without Jackson's internals. */
  private static String describe(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String path = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      if (cause instanceof InvalidFormatException format) {
        return "The value '" + format.getValue() + "' of '" + path + "' is not a valid "
            + format.getTargetType().getSimpleName();
      }
      if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
        return "The property '" + path + "' has the wrong type: expected " + typeName(mismatched.getTargetType());
      }
      return "The property '" + path + "' could not be read: " + mapping.getOriginalMessage();
    }
    if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
      return "The request body is not valid JSON: " + json.getOriginalMessage();
    }
    return "The request body is missing or cannot be read";
  }

  private static String typeName(Class<?> type) {
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return type.getSimpleName();
  }
}

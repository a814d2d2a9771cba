package org.amends.engine.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operation table covers every REST API route the engine serves, so that a new endpoint
 * cannot slip past the conformance check because no test called it yet.
 */
class ResponseSchemasTest {

  @Test
  void shouldHaveASchemaForEveryRouteTheEngineServes() throws ClassNotFoundException {
    Set<String> served = servedOperations();

    assertThat(served).hasSizeGreaterThan(60);
    assertThat(ResponseSchemas.operations())
        .as("operations the engine serves that ResponseSchemas lacks")
        .containsAll(served);
    assertThat(served)
        .as("operations in ResponseSchemas that the engine no longer serves")
        .containsAll(ResponseSchemas.operations());
  }

  private static Set<String> servedOperations() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    Set<String> operations = new TreeSet<>();
    for (var candidate : scanner.findCandidateComponents("org.amends.engine.server.rest")) {
      for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping != null) {
          for (String path : mapping.path()) {
            for (var verb : mapping.method()) {
              operations.add(verb.name() + " " + path);
            }
          }
        }
      }
    }
    return operations;
  }
}

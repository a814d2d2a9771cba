package org.amends.engine.processing.command;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.engine.EngineException;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;

/**
 * The checks Zeebe makes on a creation's start instructions (its
 * ProcessInstanceCreationCreateProcessor), in its order and with its messages.
 */
final class StartInstructions {

  private static final Set<ElementType> UNSUPPORTED =
      EnumSet.of(ElementType.START_EVENT, ElementType.SEQUENCE_FLOW, ElementType.BOUNDARY_EVENT);

  private static final String PREFIX = "Expected to create instance of process with start instructions but ";

  private StartInstructions() {}

  static void validate(ExecutableProcess process, List<String> elementIds) {
    for (String id : elementIds) {
      if (process.element(id) == null) {
        throw EngineException.invalidArgument(PREFIX + "no element found with id '" + id + "'.");
      }
    }
    for (String id : elementIds) {
      if (insideMultiInstance(process.element(id))) {
        throw EngineException.invalidArgument(PREFIX + "the element with id '" + id
            + "' is inside a multi-instance subprocess. The creation of elements inside a multi-instance subprocess is not supported.");
      }
    }
    for (String id : elementIds) {
      ElementType type = process.element(id).type();
      if (UNSUPPORTED.contains(type)) {
        throw EngineException.invalidArgument(PREFIX + "the element with id '" + id + "' targets unsupported element type '"
            + type + "'. Supported element types are: " + supportedTypes());
      }
    }
    for (String id : elementIds) {
      boolean afterEventGateway = process.element(id).incoming().stream()
          .anyMatch(flow -> flow.source().type() == ElementType.EVENT_BASED_GATEWAY);
      if (afterEventGateway) {
        throw EngineException.invalidArgument(PREFIX + "the element with id '" + id
            + "' belongs to an event-based gateway. The creation of elements belonging to an event-based gateway is not supported.");
      }
    }
  }

  private static boolean insideMultiInstance(ExecutableElement element) {
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      if (scope.multiInstance() != null) {
        return true;
      }
    }
    return false;
  }

  private static String supportedTypes() {
    return Arrays.stream(ElementType.values())
        .filter(type -> !UNSUPPORTED.contains(type))
        .map(Enum::name)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}

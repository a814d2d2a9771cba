package org.amends.engine.processing;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.amends.engine.model.Binding;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.ProcessDefinition;

/**
 * Finds the version of a called process, decision or linked form that an element's binding asks
 * for, as Zeebe does: the latest; the one deployed together with the calling process; or the
 * latest carrying the version tag. Null when there is none; {@link #notFound} says why, in
 * Zeebe's words.
 */
public final class BindingResolver {

  private final BpmnRuntime runtime;

  BindingResolver(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  public ProcessDefinition process(String bpmnProcessId, Binding binding, ElementInstance caller) {
    return find(runtime.state().processDefinitions.values(), d -> !d.deleted && d.bpmnProcessId.equals(bpmnProcessId),
        binding, caller, d -> d.deploymentKey, d -> d.versionTag, d -> d.version);
  }

  public DecisionDefinition decision(String decisionId, Binding binding, ElementInstance caller) {
    return find(runtime.state().decisionDefinitions.values(), d -> !d.deleted && d.decisionId.equals(decisionId),
        binding, caller, d -> d.deploymentKey, d -> d.versionTag, d -> d.version);
  }

  public Form form(String formId, Binding binding, ElementInstance caller) {
    return form(runtime.state(), formId, binding, callerDeployment(caller));
  }

  /** The form a process definition's start event links (read outside the writer). */
  public static Form form(EngineState state, String formId, Binding binding, long callerDeployment) {
    return find(state.forms.values(), f -> !f.deleted && f.formId.equals(formId),
        binding, callerDeployment, f -> f.deploymentKey, f -> f.versionTag, f -> f.version);
  }

  private <T> T find(
      Collection<T> candidates,
      Predicate<T> sameId,
      Binding binding,
      ElementInstance caller,
      ToLongFunction<T> deploymentKey,
      Function<T, String> versionTag,
      ToIntFunction<T> version) {
    return find(candidates, sameId, binding, callerDeployment(caller), deploymentKey, versionTag, version);
  }

  private static <T> T find(
      Collection<T> candidates,
      Predicate<T> sameId,
      Binding binding,
      long callerDeployment,
      ToLongFunction<T> deploymentKey,
      Function<T, String> versionTag,
      ToIntFunction<T> version) {
    T found = null;
    for (T candidate : candidates) {
      boolean bound = switch (binding.type()) {
        case LATEST -> true;
        case DEPLOYMENT -> deploymentKey.applyAsLong(candidate) == callerDeployment;
        case VERSION_TAG -> Objects.equals(versionTag.apply(candidate), binding.versionTag());
      };
      if (bound && sameId.test(candidate) && (found == null || version.applyAsInt(candidate) > version.applyAsInt(found))) {
        found = candidate;
      }
    }
    return found;
  }

  private long callerDeployment(ElementInstance caller) {
    ProcessDefinition definition = runtime.state().processDefinitions.get(caller.processDefinitionKey);
    return definition == null ? -1 : definition.deploymentKey;
  }

  /**
   * Zeebe's incident message when a binding finds nothing; {@code what} is how Zeebe names the
   * use ("call process with BPMN process id", "evaluate decision with id", "use a form with id").
   */
  public String notFound(String what, String id, Binding binding, ElementInstance caller, String latestMessage) {
    return switch (binding.type()) {
      case LATEST -> latestMessage;
      case DEPLOYMENT -> "Expected to " + what + " '" + id + "' with binding type 'deployment', but no such "
          + noun(what) + " found in the deployment with key " + callerDeployment(caller)
          + " which contained the current process. To resolve this incident, migrate the process instance to a process"
          + " definition that is deployed together with the intended " + noun(what) + " to " + verb(what) + ".";
      case VERSION_TAG -> "Expected to " + what + " '" + id + "' and version tag '" + binding.versionTag()
          + "', but no such " + noun(what) + " found. To resolve the incident, deploy a " + noun(what)
          + " with the given " + (noun(what).equals("process") ? "process id" : "id") + " and version tag.";
    };
  }

  private static String noun(String what) {
    return what.contains("process") ? "process" : what.contains("decision") ? "decision" : "form";
  }

  private static String verb(String what) {
    return what.contains("process") ? "call" : what.contains("decision") ? "evaluate" : "use";
  }
}

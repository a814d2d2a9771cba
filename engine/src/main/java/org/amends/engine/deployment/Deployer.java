package org.amends.engine.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.api.DeploymentResult;
import org.amends.engine.decision.DecisionEngine;
import org.amends.engine.decision.DecisionInfo;
import org.amends.engine.decision.DecisionParseException;
import org.amends.engine.decision.ParsedDecisionRequirements;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.Form;
import org.amends.engine.state.Json;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Resource;

/**
 * Deployments, all or nothing: every resource is parsed and validated first (off the writer),
 * then versions are assigned and the definitions stored in one command. A resource identical to
 * the latest version of its id is not deployed again.
 */
public final class Deployer {

  private final BpmnTransformer bpmn;
  private final DecisionEngine decisions;

  public Deployer(BpmnTransformer bpmn, DecisionEngine decisions) {
    this.bpmn = bpmn;
    this.decisions = decisions;
  }

  public record PreparedProcess(String resourceName, String xml, ExecutableProcess executable, String checksum) {}

  public record PreparedDecisions(String resourceName, String xml, ParsedDecisionRequirements parsed, String checksum) {}

  public record PreparedForm(String resourceName, String formId, String versionTag, String schema, String checksum) {}

  public record Prepared(List<PreparedProcess> processes, List<PreparedDecisions> decisions, List<PreparedForm> forms) {}

  /** Parses and validates every resource; throws DeploymentRejected listing every problem. */
  public Prepared prepare(List<DeploymentResource> resources) {
    List<String> problems = new ArrayList<>();
    List<PreparedProcess> processes = new ArrayList<>();
    List<PreparedDecisions> drgs = new ArrayList<>();
    List<PreparedForm> forms = new ArrayList<>();
    if (resources.isEmpty()) {
      problems.add("Expected to deploy at least one resource, but none given");
    }
    for (DeploymentResource resource : resources) {
      String name = resource.name() == null ? "" : resource.name();
      String checksum = checksum(resource.content());
      if (name.endsWith(".bpmn") || name.endsWith(".xml")) {
        BpmnTransformer.Result result = bpmn.transform(name, resource.content());
        problems.addAll(result.problems());
        String xml = new String(resource.content(), StandardCharsets.UTF_8);
        result.processes().forEach(p -> processes.add(new PreparedProcess(name, xml, p, checksum)));
      } else if (name.endsWith(".dmn")) {
        try {
          ParsedDecisionRequirements parsed = decisions.parse(name, resource.content());
          drgs.add(new PreparedDecisions(name, new String(resource.content(), StandardCharsets.UTF_8), parsed, checksum));
        } catch (DecisionParseException e) {
          problems.add(e.getMessage());
        }
      } else if (name.endsWith(".form")) {
        prepareForm(name, resource.content(), checksum, forms, problems);
      } else {
        problems.add("'" + name + "': unknown resource type; expected a .bpmn, .dmn or .form file");
      }
    }
    duplicates(processes.stream().map(p -> new String[] {p.executable().bpmnProcessId(), p.resourceName()}).toList(), "process id", problems);
    duplicates(drgs.stream().flatMap(d -> d.parsed().decisions().stream().map(i -> new String[] {i.id(), d.resourceName()})).toList(), "decision id", problems);
    duplicates(forms.stream().map(f -> new String[] {f.formId(), f.resourceName()}).toList(), "form id", problems);
    if (!problems.isEmpty()) {
      throw new DeploymentRejected(problems);
    }
    return new Prepared(processes, drgs, forms);
  }

  private static void prepareForm(String name, byte[] content, String checksum, List<PreparedForm> forms, List<String> problems) {
    try {
      JsonNode form = Json.MAPPER.readTree(content);
      JsonNode id = form == null ? null : form.get("id");
      JsonNode versionTag = form == null ? null : form.get("versionTag");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        problems.add("'" + name + "': a form must have an 'id'");
        return;
      }
      forms.add(new PreparedForm(name, id.asText(), versionTag != null && versionTag.isTextual() ? versionTag.asText() : null,
          new String(content, StandardCharsets.UTF_8), checksum));
    } catch (java.io.IOException e) {
      problems.add("'" + name + "': not a valid form (JSON): " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static void duplicates(List<String[]> idsAndResources, String what, List<String> problems) {
    Map<String, String> seen = new HashMap<>();
    for (String[] pair : idsAndResources) {
      String other = seen.putIfAbsent(pair[0], pair[1]);
      if (other != null) {
        problems.add("Duplicated " + what + " '" + pair[0] + "' in resources '" + other + "' and '" + pair[1] + "'");
      }
    }
  }

  /** Stores what was prepared, on the writer. */
  public DeploymentResult apply(Prepared prepared, BpmnRuntime runtime, String tenantId) {
    var state = runtime.state();
    long deploymentKey = state.newKey();
    List<DeploymentResult.DeployedProcess> processes = new ArrayList<>();
    for (PreparedProcess process : prepared.processes()) {
      String id = process.executable().bpmnProcessId();
      ProcessDefinition latest = state.latestProcess(id);
      if (latest != null && latest.checksum.equals(process.checksum()) && latest.resourceName.equals(process.resourceName())) {
        processes.add(new DeploymentResult.DeployedProcess(id, latest.version, latest.key, latest.resourceName, latest.tenantId));
        continue;
      }
      ProcessDefinition definition = new ProcessDefinition();
      definition.key = state.newKey();
      definition.bpmnProcessId = id;
      definition.name = process.executable().name();
      definition.versionTag = process.executable().versionTag();
      definition.version = latest == null ? 1 : latest.version + 1;
      definition.resourceName = process.resourceName();
      definition.resourceKey = store(runtime, deploymentKey, process.resourceName(), process.xml(), tenantId);
      definition.deploymentKey = deploymentKey;
      definition.checksum = process.checksum();
      definition.tenantId = tenantId;
      definition.executable = process.executable();
      state.save(definition);
      runtime.timers().scheduleStartTimers(definition);
      processes.add(new DeploymentResult.DeployedProcess(id, definition.version, definition.key, definition.resourceName, tenantId));
    }
    List<DeploymentResult.DeployedDecision> decisionsDeployed = new ArrayList<>();
    List<DeploymentResult.DeployedDecisionRequirements> drgsDeployed = new ArrayList<>();
    for (PreparedDecisions drg : prepared.decisions()) {
      applyDecisions(drg, runtime, deploymentKey, tenantId, decisionsDeployed, drgsDeployed);
    }
    List<DeploymentResult.DeployedForm> formsDeployed = new ArrayList<>();
    for (PreparedForm prepared1 : prepared.forms()) {
      Form latest = state.latestForm(prepared1.formId());
      if (latest != null && latest.checksum.equals(prepared1.checksum())) {
        formsDeployed.add(new DeploymentResult.DeployedForm(latest.formId, latest.version, latest.key, latest.resourceName, latest.tenantId));
        continue;
      }
      Form form = new Form();
      form.key = state.newKey();
      form.formId = prepared1.formId();
      form.version = latest == null ? 1 : latest.version + 1;
      form.resourceName = prepared1.resourceName();
      form.resourceKey = store(runtime, deploymentKey, prepared1.resourceName(), prepared1.schema(), tenantId);
      form.deploymentKey = deploymentKey;
      form.versionTag = prepared1.versionTag();
      form.schema = prepared1.schema();
      form.checksum = prepared1.checksum();
      form.tenantId = tenantId;
      state.save(form);
      formsDeployed.add(new DeploymentResult.DeployedForm(form.formId, form.version, form.key, form.resourceName, tenantId));
    }
    return new DeploymentResult(deploymentKey, tenantId, processes, decisionsDeployed, drgsDeployed, formsDeployed);
  }

  private void applyDecisions(
      PreparedDecisions prepared,
      BpmnRuntime runtime,
      long deploymentKey,
      String tenantId,
      List<DeploymentResult.DeployedDecision> decisionsDeployed,
      List<DeploymentResult.DeployedDecisionRequirements> drgsDeployed) {
    var state = runtime.state();
    ParsedDecisionRequirements parsed = prepared.parsed();
    DecisionRequirements latest = null;
    for (DecisionRequirements candidate : state.decisionRequirements.values()) {
      if (!candidate.deleted && candidate.decisionRequirementsId.equals(parsed.id())
          && (latest == null || candidate.version > latest.version)) {
        latest = candidate;
      }
    }
    if (latest != null && latest.checksum.equals(prepared.checksum())) {
      drgsDeployed.add(new DeploymentResult.DeployedDecisionRequirements(
          latest.decisionRequirementsId, latest.name, latest.version, latest.key, latest.resourceName, latest.tenantId));
      for (DecisionDefinition decision : state.decisionDefinitions.values()) {
        if (decision.decisionRequirementsKey == latest.key) {
          decisionsDeployed.add(new DeploymentResult.DeployedDecision(
              decision.decisionId, decision.name, decision.version, decision.key,
              decision.decisionRequirementsId, decision.decisionRequirementsKey, decision.tenantId));
        }
      }
      return;
    }
    DecisionRequirements drg = new DecisionRequirements();
    drg.key = state.newKey();
    drg.decisionRequirementsId = parsed.id();
    drg.name = parsed.name();
    drg.version = latest == null ? 1 : latest.version + 1;
    drg.resourceName = prepared.resourceName();
    drg.resourceKey = store(runtime, deploymentKey, prepared.resourceName(), prepared.xml(), tenantId);
    drg.deploymentKey = deploymentKey;
    drg.checksum = prepared.checksum();
    drg.tenantId = tenantId;
    drg.parsed = parsed;
    state.save(drg);
    drgsDeployed.add(new DeploymentResult.DeployedDecisionRequirements(
        drg.decisionRequirementsId, drg.name, drg.version, drg.key, drg.resourceName, tenantId));
    for (DecisionInfo info : parsed.decisions()) {
      DecisionDefinition previous = state.latestDecision(info.id());
      DecisionDefinition decision = new DecisionDefinition();
      decision.key = state.newKey();
      decision.decisionId = info.id();
      decision.name = info.name();
      decision.version = previous == null ? 1 : previous.version + 1;
      decision.decisionRequirementsKey = drg.key;
      decision.decisionRequirementsId = drg.decisionRequirementsId;
      decision.versionTag = parsed.versionTag(info.id()).orElse(null);
      decision.deploymentKey = deploymentKey;
      decision.tenantId = tenantId;
      state.save(decision);
      decisionsDeployed.add(new DeploymentResult.DeployedDecision(
          decision.decisionId, decision.name, decision.version, decision.key,
          decision.decisionRequirementsId, decision.decisionRequirementsKey, tenantId));
    }
  }

  private static long store(BpmnRuntime runtime, long deploymentKey, String name, String content, String tenantId) {
    Resource resource = new Resource();
    resource.key = runtime.state().newKey();
    resource.deploymentKey = deploymentKey;
    resource.name = name;
    resource.content = content;
    resource.tenantId = tenantId;
    runtime.state().save(resource);
    return resource.key;
  }

  /** Rebuilds a stored process definition's executable model (at start-up). */
  public ExecutableProcess rebuild(ProcessDefinition definition, Resource resource) {
    BpmnTransformer.Result result = bpmn.transform(resource.name, resource.content.getBytes(StandardCharsets.UTF_8));
    return result.processes().stream()
        .filter(p -> p.bpmnProcessId().equals(definition.bpmnProcessId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("stored process " + definition.bpmnProcessId + " no longer transforms: " + result.problems()));
  }

  public ParsedDecisionRequirements rebuild(Resource resource) {
    return decisions.parse(resource.name, resource.content.getBytes(StandardCharsets.UTF_8));
  }

  static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

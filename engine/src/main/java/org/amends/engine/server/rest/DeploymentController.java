package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.DeploymentDecisionRequirementsResult;
import io.camunda.client.protocol.rest.DeploymentDecisionResult;
import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.client.protocol.rest.ResourceResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Deployments (multipart: one {@code resources} part per file) and deployed resources. */
@RestController
class DeploymentController {

  private final Engine engine;

  DeploymentController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping(path = "/v2/deployments", consumes = "multipart/form-data")
  DeploymentResult deploy(
      @RequestParam("resources") List<MultipartFile> files,
      @RequestParam(value = "tenantId", required = false) String tenantId) throws IOException {
    List<DeploymentResource> resources = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() != null ? file.getOriginalFilename() : file.getName();
      resources.add(new DeploymentResource(name, file.getBytes()));
    }
    return toResult(engine.deploy(resources, tenantId));
  }

  private static DeploymentResult toResult(org.amends.engine.api.DeploymentResult result) {
    List<DeploymentMetadataResult> deployments = new ArrayList<>();
    result.processes().forEach(p -> deployments.add(new DeploymentMetadataResult().processDefinition(
        new DeploymentProcessResult()
            .processDefinitionId(p.bpmnProcessId())
            .processDefinitionVersion(p.version())
            .resourceName(p.resourceName())
            .tenantId(p.tenantId())
            .processDefinitionKey(Rest.key(p.processDefinitionKey())))));
    result.decisions().forEach(d -> deployments.add(new DeploymentMetadataResult().decisionDefinition(
        new DeploymentDecisionResult()
            .decisionDefinitionId(d.decisionId())
            .version(d.version())
            .name(d.name())
            .tenantId(d.tenantId())
            .decisionRequirementsId(d.decisionRequirementsId())
            .decisionDefinitionKey(Rest.key(d.decisionKey()))
            .decisionRequirementsKey(Rest.key(d.decisionRequirementsKey())))));
    result.decisionRequirements().forEach(d -> deployments.add(new DeploymentMetadataResult().decisionRequirements(
        new DeploymentDecisionRequirementsResult()
            .decisionRequirementsId(d.decisionRequirementsId())
            .version(d.version())
            .decisionRequirementsName(d.name())
            .tenantId(d.tenantId())
            .resourceName(d.resourceName())
            .decisionRequirementsKey(Rest.key(d.decisionRequirementsKey())))));
    result.forms().forEach(f -> deployments.add(new DeploymentMetadataResult().form(
        new DeploymentFormResult()
            .formId(f.formId())
            .version(f.version())
            .resourceName(f.resourceName())
            .tenantId(f.tenantId())
            .formKey(Rest.key(f.formKey())))));
    return new DeploymentResult()
        .deploymentKey(Rest.key(result.deploymentKey()))
        .tenantId(result.tenantId())
        .deployments(deployments);
  }

  @PostMapping("/v2/resources/{resourceKey}/deletion")
  ResponseEntity<Void> delete(@PathVariable long resourceKey, @RequestBody(required = false) Object ignored) {
    engine.deleteResource(resourceKey);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/v2/resources/{resourceKey}")
  ResourceResult resource(@PathVariable long resourceKey) {
    Deployed deployed = deployed(resourceKey);
    return new ResourceResult()
        .resourceKey(Rest.key(resourceKey))
        .resourceId(deployed.id())
        .resourceName(deployed.resource().name)
        .version(deployed.version())
        .versionTag(deployed.versionTag())
        .tenantId(deployed.resource().tenantId);
  }

  @GetMapping("/v2/resources/{resourceKey}/content")
  void content(@PathVariable long resourceKey, HttpServletResponse response) throws IOException {
    Deployed deployed = deployed(resourceKey);
    response.setStatus(200);
    response.setContentType(deployed.resource().name.endsWith(".form") ? "text/plain" : "text/xml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(deployed.resource().content);
  }

  /** A deployed definition (process, decision requirements, form) and the file it came from. */
  private record Deployed(String id, int version, String versionTag, Resource resource) {}

  private Deployed deployed(long key) {
    Deployed deployed = engine.read(state -> find(state, key));
    if (deployed == null) {
      throw EngineException.notFound("Resource with key '" + key + "' not found");
    }
    return deployed;
  }

  private static Deployed find(EngineState state, long key) {
    ProcessDefinition process = state.processDefinitions.get(key);
    if (process != null && !process.deleted) {
      return new Deployed(process.bpmnProcessId, process.version, process.versionTag, state.resources.get(process.resourceKey));
    }
    DecisionRequirements drg = state.decisionRequirements.get(key);
    if (drg != null && !drg.deleted) {
      return new Deployed(drg.decisionRequirementsId, drg.version, null, state.resources.get(drg.resourceKey));
    }
    Form form = state.forms.get(key);
    if (form != null && !form.deleted) {
      return new Deployed(form.formId, form.version, null, state.resources.get(form.resourceKey));
    }
    return null;
  }
}

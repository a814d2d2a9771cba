package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.modeler.Draft.Kind;
import org.amends.app.taskform.FormSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Deploys a manager's draft of a process through the Camunda client, with the forms its user
 * tasks link (their drafts, or the bundled files) and the decisions it calls, as one deployment:
 * the engine takes all of them or none. A draft with lint errors, or without a comment, is not
 * sent; a deployment the engine refuses leaves the live version as it was, and the draft too.
 */
@Service
class ProcessDeployer {

  /** Resource names of what managers deploy; BundledDeployment tells them from its own by it. */
  static final String MODELER_PREFIX = "modeler/";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);

  private final CamundaClient camunda;
  private final Drafts drafts;
  private final DeploymentRecords records;

  ProcessDeployer(CamundaClient camunda, Drafts drafts, DeploymentRecords records) {
    this.camunda = camunda;
    this.drafts = drafts;
    this.records = records;
  }

  DeployOutcome deploy(String processId, String comment, String username) {
    Optional<Draft> draft = drafts.find(Kind.PROCESS, processId);
    if (draft.isEmpty()) {
      return DeployOutcome.refused("draft", "There is no draft of this process to deploy: save one in the modeler first");
    }
    if (draft.get().lintErrors() > 0) {
      return DeployOutcome.refused("draft", "The draft has " + draft.get().lintErrors()
          + (draft.get().lintErrors() == 1 ? " error" : " errors") + ": fix them in the modeler and save the draft again");
    }
    for (String formId : ProcessFiles.formIds(draft.get().content())) {
      Optional<Draft> form = drafts.find(Kind.FORM, formId);
      if (form.isPresent() && form.get().lintErrors() > 0) {
        return DeployOutcome.refused("draft", "The draft of the form '" + formId + "' has errors: fix them in the form editor");
      }
    }
    if (comment == null || comment.isBlank()) {
      return DeployOutcome.refused("comment", "Enter a comment that says what changed and why");
    }
    Map<String, String> resources = resources(processId, draft.get().content());
    Optional<String> unshowable = unshowableForm(resources);
    if (unshowable.isPresent()) {
      return DeployOutcome.refused("draft", unshowable.get());
    }
    DeployResourceCommandStep2 command = null;
    for (Map.Entry<String, String> resource : resources.entrySet()) {
      byte[] content = resource.getValue().getBytes(StandardCharsets.UTF_8);
      command = command == null
          ? camunda.newDeployResourceCommand().addResourceBytes(content, resource.getKey())
          : command.addResourceBytes(content, resource.getKey());
    }
    DeploymentEvent deployment;
    try {
      deployment = command.send().join();
    } catch (ClientException e) {
      LOG.info("The engine refused a deployment of process {}", processId);
      return DeployOutcome.refused("engine", EngineMessages.of(e));
    }
    records.record(deployment, comment.trim(), username);
    drafts.delete(Kind.PROCESS, processId);
    deployment.getForm().forEach(f -> drafts.delete(Kind.FORM, f.getFormId()));
    int version = deployment.getProcesses().stream()
        .filter(p -> p.getBpmnProcessId().equals(processId))
        .mapToInt(io.camunda.client.api.response.Process::getVersion)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The deployment has no process " + processId));
    LOG.info("Deployed version {} of process {} from the modeler", version, processId);
    return DeployOutcome.deployed(version);
  }

  /** The first form the tasklist could not draw in full, named with its field; empty when all can be. */
  private static Optional<String> unshowableForm(Map<String, String> resources) {
    return resources.entrySet().stream()
        .filter(r -> r.getKey().endsWith(".form"))
        .map(r -> unshowable(r.getKey().substring(r.getKey().lastIndexOf('/') + 1), r.getValue()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** "The form 'x.form' cannot be shown in the tasklist: The field ... is a 'taglist' ...", or empty. */
  static Optional<String> unshowable(String name, String formJson) {
    List<String> problems = FormSupport.unsupported(formJson);
    return problems.isEmpty() ? Optional.empty()
        : Optional.of("The form '" + name + "' cannot be shown in the tasklist: " + String.join("; ", problems));
  }

  /** Resource name → content: the process, its forms, its decisions. */
  private Map<String, String> resources(String processId, String xml) {
    Map<String, String> resources = new LinkedHashMap<>();
    resources.put(MODELER_PREFIX + processId + ".bpmn", xml);
    for (String formId : ProcessFiles.formIds(xml)) {
      Optional<Draft> formDraft = drafts.find(Kind.FORM, formId);
      if (formDraft.isPresent()) {
        resources.put(MODELER_PREFIX + formId + ".form", formDraft.get().content());
      } else if (!records.newestDeployedByManager(DeploymentRecords.Kind.FORM, formId)) {
        // unchanged bundled files under their own names: the engine makes no new version of them
        BundledFiles.form(formId).ifPresent(form ->
            resources.put(BundledDeployment.BUNDLED_PREFIX + formId + ".form", form));
      }
    }
    if (!ProcessFiles.decisionIds(xml).isEmpty()) {
      decisionFiles().forEach((name, content) -> {
        if (ProcessFiles.decisionIds(xml).stream().anyMatch(content::contains)) {
          resources.put(BundledDeployment.BUNDLED_PREFIX + name, content);
        }
      });
    }
    return resources;
  }

  private static Map<String, String> decisionFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.dmn")) {
        files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bundled decisions", e);
    }
    return files;
  }
}

package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.client.api.command.ClientException;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amends.app.engine.EngineUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes, decisions and forms that ship with the app (bpmn/, forms/) when the
 * Camunda client is ready. Unchanged files create no new version (the engine compares them). A
 * process whose newest version a manager deployed from the modeler is left alone: a restart
 * never silently replaces it.
 */
@Component
@ConditionalOnProperty(name = "amends.deploy-bundled-resources", havingValue = "true", matchIfMissing = true)
class BundledDeployment {

  /** Resource names of bundled files start with this; the modeler uses its own prefix. */
  static final String BUNDLED_PREFIX = "bundled/";

  private static final Logger LOG = LoggerFactory.getLogger(BundledDeployment.class);
  private static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

  /** The comment recorded for what the app deploys at start-up (DeploymentRecords). */
  static final String BUNDLED_COMMENT = "Bundled with Amends";

  /** Waits between attempts while the engine does not answer: doubling up to a minute. */
  private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "bundled-deployment");
    thread.setDaemon(true);
    return thread;
  });

  private final ApplicationEventPublisher events;
  private final DeploymentRecords records;

  BundledDeployment(ApplicationEventPublisher events, DeploymentRecords records) {
    this.events = events;
    this.records = records;
  }

  /**
   * Deploys at once when the engine answers; when it does not (the app starts before it, or it
   * is down), the app starts anyway and the deployment is tried again in the background until it
   * succeeds. A deployment the engine refuses stops the start: the bundled files are wrong.
   */
  @EventListener
  void onClientReady(CamundaClientCreatedSpringEvent event) {
    if (!tryDeploy(event.getClient())) {
      retryLater(event.getClient(), FIRST_WAIT);
    }
  }

  private boolean tryDeploy(CamundaClient client) {
    try {
      deploy(client);
    } catch (ClientException e) {
      if (!EngineUnreachable.is(e)) {
        throw e;
      }
      LOG.warn("Bundled processes not deployed yet, the engine did not answer ({}); trying again",
          EngineUnreachable.kind(e));
      return false;
    }
    events.publishEvent(new BundledResourcesDeployed());
    return true;
  }

  private void retryLater(CamundaClient client, Duration wait) {
    retries.schedule(() -> {
      try {
        if (!tryDeploy(client)) {
          Duration next = wait.multipliedBy(2);
          retryLater(client, next.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : next);
        }
      } catch (RuntimeException e) {
        LOG.error("The engine refused the bundled processes: {}", e.getMessage());
      }
    }, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopRetrying() {
    retries.shutdownNow();
  }

  void deploy(CamundaClient client) {
    List<BundledFile> files = new ArrayList<>();
    List<BundledFile> bundled = scan();
    for (BundledFile file : bundled) {
      // a form the tasklist cannot draw in full would fail coordinators at the task: refuse the start
      Optional<String> unshowable = file.isForm()
          ? ProcessDeployer.unshowable(file.name(), new String(file.content(), StandardCharsets.UTF_8)) : Optional.empty();
      if (unshowable.isPresent()) {
        throw new IllegalStateException(unshowable.get());
      }
    }
    for (BundledFile file : bundled) {
      Optional<ProcessDefinition> managers = file.isBpmn() ? deployedFromModeler(client, file) : Optional.empty();
      if (file.isForm() && records.newestDeployedByManager(DeploymentRecords.Kind.FORM, file.formId())) {
        LOG.warn("Not deploying bundled {}: a manager deployed a newer version from the modeler", file.name());
      } else if (managers.isPresent()) {
        LOG.warn(
            "Not deploying bundled {}: version {} of '{}' was deployed from the modeler and stays the latest",
            file.name(), managers.get().getVersion(), managers.get().getProcessDefinitionId());
      } else {
        files.add(file);
      }
    }
    if (files.isEmpty()) {
      return;
    }
    DeployResourceCommandStep2 command = null;
    for (BundledFile file : files) {
      command = command == null
          ? client.newDeployResourceCommand().addResourceBytes(file.content(), BUNDLED_PREFIX + file.name())
          : command.addResourceBytes(file.content(), BUNDLED_PREFIX + file.name());
    }
    var deployment = command.send().join();
    records.record(deployment, BUNDLED_COMMENT, null);
    LOG.info("Deployed bundled resources: {} processes, {} decisions, {} forms",
        deployment.getProcesses().size(), deployment.getDecisions().size(), deployment.getForm().size());
  }

  /** The newest version of one of the file's processes, if a manager deployed it from the modeler. */
  private Optional<ProcessDefinition> deployedFromModeler(CamundaClient client, BundledFile file) {
    for (String processId : file.processIds()) {
      List<ProcessDefinition> latest = client.newProcessDefinitionSearchRequest()
          .filter(f -> f.processDefinitionId(processId))
          .sort(s -> s.version().desc())
          .page(p -> p.limit(1))
          .send()
          .join()
          .items();
      if (!latest.isEmpty() && latest.get(0).getResourceName() != null
          && !latest.get(0).getResourceName().startsWith(BUNDLED_PREFIX)) {
        return Optional.of(latest.get(0));
      }
    }
    return Optional.empty();
  }

  private static List<BundledFile> scan() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<BundledFile> files = new ArrayList<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          files.add(new BundledFile(resource.getFilename(), resource.getContentAsByteArray()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bundled processes and forms", e);
    }
    return files;
  }

  record BundledFile(String name, byte[] content) {

    boolean isBpmn() {
      return name.endsWith(".bpmn");
    }

    boolean isForm() {
      return name.endsWith(".form");
    }

    /** The form's id: the bundled forms are named after it. */
    String formId() {
      return name.substring(0, name.length() - ".form".length());
    }

    List<String> processIds() {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(content))
          .getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable)
          .map(Process::getId)
          .toList();
    }
  }
}

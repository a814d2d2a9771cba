package org.amends.engine.api;

import java.util.List;

/** What a deployment deployed (an unchanged resource reports the version it already had). */
public record DeploymentResult(
    long deploymentKey,
    String tenantId,
    List<DeployedProcess> processes,
    List<DeployedDecision> decisions,
    List<DeployedDecisionRequirements> decisionRequirements,
    List<DeployedForm> forms) {

  public record DeployedProcess(String bpmnProcessId, int version, long processDefinitionKey, String resourceName, String tenantId) {}

  public record DeployedDecision(
      String decisionId, String name, int version, long decisionKey, String decisionRequirementsId,
      long decisionRequirementsKey, String tenantId) {}

  public record DeployedDecisionRequirements(
      String decisionRequirementsId, String name, int version, long decisionRequirementsKey, String resourceName, String tenantId) {}

  public record DeployedForm(String formId, int version, long formKey, String resourceName, String tenantId) {}
}

package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FormMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.grpc.stub.StreamObserver;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.DecisionResult;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.api.DeploymentResult;
import org.amends.engine.decision.EvaluatedDecision;
import org.amends.engine.decision.MatchedRule;

/** Deployments, deleting deployed resources, and evaluating deployed decisions over gRPC. */
final class ResourceGateway {

  private final Engine engine;

  ResourceGateway(Engine engine) {
    this.engine = engine;
  }

  void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> observer) {
    Calls.answer(observer, "CREATE", () -> {
      DeploymentResult result = engine.deploy(
          request.getResourcesList().stream()
              .map(r -> new DeploymentResource(r.getName(), r.getContent().toByteArray()))
              .toList(),
          Calls.textOrNull(request.getTenantId()));
      DeployResourceResponse.Builder response = DeployResourceResponse.newBuilder()
          .setKey(result.deploymentKey())
          .setTenantId(result.tenantId());
      result.processes().forEach(p -> response.addDeployments(Deployment.newBuilder().setProcess(process(p))));
      result.decisions().forEach(d -> response.addDeployments(Deployment.newBuilder().setDecision(
          DecisionMetadata.newBuilder()
              .setDmnDecisionId(d.decisionId())
              .setDmnDecisionName(text(d.name()))
              .setVersion(d.version())
              .setDecisionKey(d.decisionKey())
              .setDmnDecisionRequirementsId(d.decisionRequirementsId())
              .setDecisionRequirementsKey(d.decisionRequirementsKey())
              .setTenantId(d.tenantId()))));
      result.decisionRequirements().forEach(d -> response.addDeployments(Deployment.newBuilder().setDecisionRequirements(
          DecisionRequirementsMetadata.newBuilder()
              .setDmnDecisionRequirementsId(d.decisionRequirementsId())
              .setDmnDecisionRequirementsName(text(d.name()))
              .setVersion(d.version())
              .setDecisionRequirementsKey(d.decisionRequirementsKey())
              .setResourceName(d.resourceName())
              .setTenantId(d.tenantId()))));
      result.forms().forEach(f -> response.addDeployments(Deployment.newBuilder().setForm(
          FormMetadata.newBuilder()
              .setFormId(f.formId())
              .setVersion(f.version())
              .setFormKey(f.formKey())
              .setResourceName(f.resourceName())
              .setTenantId(f.tenantId()))));
      return response.build();
    });
  }

  /** The deprecated process-only deployment, still in the protocol for old clients. */
  @SuppressWarnings("deprecation")
  void deployProcess(DeployProcessRequest request, StreamObserver<DeployProcessResponse> observer) {
    Calls.answer(observer, "CREATE", () -> {
      DeploymentResult result = engine.deploy(
          request.getProcessesList().stream()
              .map(p -> new DeploymentResource(p.getName(), p.getDefinition().toByteArray()))
              .toList(),
          null);
      DeployProcessResponse.Builder response = DeployProcessResponse.newBuilder().setKey(result.deploymentKey());
      result.processes().forEach(p -> response.addProcesses(process(p)));
      return response.build();
    });
  }

  private static ProcessMetadata process(DeploymentResult.DeployedProcess process) {
    return ProcessMetadata.newBuilder()
        .setBpmnProcessId(process.bpmnProcessId())
        .setVersion(process.version())
        .setProcessDefinitionKey(process.processDefinitionKey())
        .setResourceName(process.resourceName())
        .setTenantId(process.tenantId())
        .build();
  }

  void deleteResource(DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> observer) {
    Calls.answer(observer, "DELETE", () -> {
      engine.deleteResource(request.getResourceKey());
      return DeleteResourceResponse.getDefaultInstance();
    });
  }

  void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> observer) {
    Calls.answer(observer, "EVALUATE", () -> {
      Long key = Calls.keyOrNull(request.getDecisionKey());
      String id = Calls.textOrNull(request.getDecisionId());
      if (key == null && id == null) {
        throw EngineException.invalidArgument("At least one of [decisionId, decisionKey] is required.");
      }
      DecisionResult result = engine.evaluateDecision(
          key, key == null ? id : null, VariablesDocument.read("variables", request.getVariables()),
          Calls.textOrNull(request.getTenantId()));
      EvaluateDecisionResponse.Builder response = EvaluateDecisionResponse.newBuilder()
          .setDecisionKey(result.decisionDefinitionKey())
          .setDecisionId(result.decisionDefinitionId())
          .setDecisionName(text(result.decisionDefinitionName()))
          .setDecisionVersion(result.decisionDefinitionVersion())
          .setDecisionRequirementsId(result.decisionRequirementsId())
          .setDecisionRequirementsKey(result.decisionRequirementsKey())
          .setDecisionOutput(text(result.evaluation().outputJson()))
          .setFailedDecisionId(text(result.evaluation().failedDecisionId()))
          .setFailureMessage(text(result.evaluation().failureMessage()))
          .setTenantId(result.tenantId())
          .setDecisionInstanceKey(result.decisionInstanceKey())
          .setDecisionEvaluationKey(result.decisionInstanceKey());
      List<EvaluatedDecision> decisions = result.evaluation().evaluatedDecisions();
      for (int i = 0; i < decisions.size(); i++) {
        response.addEvaluatedDecisions(evaluated(result, decisions.get(i), result.evaluatedDefinitions().get(i), i));
      }
      return response.build();
    });
  }

  private static GatewayOuterClass.EvaluatedDecision evaluated(
      DecisionResult result, EvaluatedDecision decision, DecisionResult.Definition definition, int index) {
    GatewayOuterClass.EvaluatedDecision.Builder evaluated = GatewayOuterClass.EvaluatedDecision.newBuilder()
        .setDecisionId(decision.decisionId())
        .setDecisionName(text(decision.decisionName()))
        .setDecisionType(decision.type() == null ? "" : decision.type().name())
        .setDecisionOutput(text(decision.outputJson()))
        .setTenantId(result.tenantId())
        // the same instance key form the REST API gives each evaluated decision
        .setDecisionEvaluationInstanceKey(result.decisionInstanceKey() + "-" + (index + 1));
    if (definition != null) {
      evaluated.setDecisionKey(definition.key()).setDecisionVersion(definition.version());
    }
    decision.inputs().forEach(input -> evaluated.addEvaluatedInputs(EvaluatedDecisionInput.newBuilder()
        .setInputId(text(input.inputId()))
        .setInputName(text(input.inputName()))
        .setInputValue(text(input.valueJson()))));
    decision.matchedRules().forEach(rule -> evaluated.addMatchedRules(rule(rule)));
    return evaluated.build();
  }

  private static MatchedDecisionRule rule(MatchedRule rule) {
    MatchedDecisionRule.Builder matched = MatchedDecisionRule.newBuilder()
        .setRuleId(text(rule.ruleId()))
        .setRuleIndex(rule.ruleIndex());
    rule.outputs().forEach(output -> matched.addEvaluatedOutputs(EvaluatedDecisionOutput.newBuilder()
        .setOutputId(text(output.outputId()))
        .setOutputName(text(output.outputName()))
        .setOutputValue(text(output.valueJson()))));
    return matched.build();
  }

  /** Proto3 strings cannot be null. */
  private static String text(String value) {
    return value == null ? "" : value;
  }
}

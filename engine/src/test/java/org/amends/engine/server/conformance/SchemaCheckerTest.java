package org.amends.engine.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProblemDetail;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import org.junit.jupiter.api.Test;

/** The checker on hand-made bodies: each kind of non-conformance is found and named by its path. */
class SchemaCheckerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final SchemaChecker strict = new SchemaChecker(SchemaAllowances.none());
  private final SchemaChecker standard = new SchemaChecker(SchemaAllowances.standard());

  @Test
  void shouldAcceptABodyWithEveryDeclaredProperty() {
    assertThat(strict.check(processInstance(), ProcessInstanceResult.class)).isEmpty();
  }

  @Test
  void shouldNameAMissingProperty() {
    ObjectNode body = processInstance();
    body.remove("processDefinitionName");

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.processDefinitionName is missing (ProcessInstanceResult declares it)");
  }

  @Test
  void shouldNameANullProperty() {
    ObjectNode body = processInstance();
    body.putNull("tenantId");

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.tenantId is null (ProcessInstanceResult declares it)");
  }

  @Test
  void shouldNameAPropertyTheSchemaLacks() {
    ObjectNode body = processInstance();
    body.put("businessKey", "B-1");

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.businessKey is not a property of ProcessInstanceResult");
  }

  @Test
  void shouldNameAWrongJsonType() {
    ObjectNode body = processInstance();
    body.put("processInstanceKey", 2251799813685249L);
    body.put("processDefinitionVersion", "3");
    body.put("hasIncident", "false");

    assertThat(strict.check(body, ProcessInstanceResult.class)).containsExactlyInAnyOrder(
        "$.processInstanceKey is an integer 2251799813685249, not a string",
        "$.processDefinitionVersion is a string \"3\", not an integer (Integer)",
        "$.hasIncident is a string \"false\", not a Boolean");
  }

  @Test
  void shouldNameADecimalWhereAnIntegerBelongs() {
    ObjectNode body = processInstance();
    body.put("processDefinitionVersion", 1.5);

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.processDefinitionVersion is a decimal number 1.5, not an integer (Integer)");
  }

  @Test
  void shouldNameADateThatIsNotIso() {
    ObjectNode body = processInstance();
    body.put("startDate", "05/01/2026 09:00");

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.startDate is \"05/01/2026 09:00\", not an ISO-8601 date-time with offset");
  }

  @Test
  void shouldNameAValueOutsideTheEnum() {
    ObjectNode body = processInstance();
    body.put("state", "RUNNING");

    assertThat(strict.check(body, ProcessInstanceResult.class))
        .containsExactly("$.state is \"RUNNING\", not one of ProcessInstanceStateEnum [ACTIVE, COMPLETED, TERMINATED]");
  }

  @Test
  void shouldNameAWrongElementOfANestedList() {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("items").add(elementInstance()).add(elementInstance().put("type", "FLOW_NODE"));
    body.putObject("page").put("totalItems", 2).put("hasMoreTotalItems", false)
        .put("startCursor", "a").put("endCursor", "b");

    assertThat(strict.check(body, ElementInstanceSearchQueryResult.class))
        .containsExactly("$.items[1].type is \"FLOW_NODE\", not one of ElementInstanceResult.TypeEnum "
            + typeValues());
  }

  @Test
  void shouldNameAnObjectWhereAListBelongs() {
    ObjectNode body = JSON.createObjectNode();
    body.set("items", elementInstance());
    body.putObject("page").put("totalItems", 1).put("hasMoreTotalItems", false)
        .put("startCursor", "a").put("endCursor", "b");

    assertThat(strict.check(body, ElementInstanceSearchQueryResult.class)).containsExactly("$.items is an object, not an array");
  }

  @Test
  void shouldLetCamundasOptionalPropertiesBeAbsentOnlyUnderTheirCondition() {
    ObjectNode active = processInstance().put("state", "ACTIVE");
    active.remove("endDate");
    ObjectNode completed = processInstance().put("state", "COMPLETED");
    completed.remove("endDate");

    assertThat(standard.check(active, ProcessInstanceResult.class)).isEmpty();
    assertThat(standard.check(completed, ProcessInstanceResult.class))
        .containsExactly("$.endDate is missing (ProcessInstanceResult declares it)");
  }

  @Test
  void shouldCheckAProblemDetail() {
    JsonNode problem = JSON.createObjectNode().put("type", "about:blank").put("title", "NOT_FOUND")
        .put("status", "404").put("detail", "Not found").put("instance", "/v2/process-instances/1");

    assertThat(strict.check(problem, ProblemDetail.class))
        .containsExactly("$.status is a string \"404\", not an integer (Integer)");
  }

  private static String typeValues() {
    return new java.util.TreeSet<>(java.util.Arrays.stream(ElementInstanceResult.TypeEnum.values())
        .filter(type -> type != ElementInstanceResult.TypeEnum.UNKNOWN_DEFAULT_OPEN_API)
        .map(ElementInstanceResult.TypeEnum::getValue).toList()).toString();
  }

  private static ObjectNode processInstance() {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("tags").add("region:north");
    return body
        .put("processDefinitionId", "journey")
        .put("processDefinitionName", "Journey")
        .put("processDefinitionVersion", 1)
        .put("processDefinitionVersionTag", "v1")
        .put("startDate", "2026-01-05T09:00:00.000Z")
        .put("endDate", "2026-01-05T10:00:00.000Z")
        .put("state", "COMPLETED")
        .put("hasIncident", false)
        .put("tenantId", "<default>")
        .put("processInstanceKey", "2251799813685249")
        .put("processDefinitionKey", "2251799813685248")
        .put("parentProcessInstanceKey", "2251799813685240")
        .put("parentElementInstanceKey", "2251799813685241");
  }

  private static ObjectNode elementInstance() {
    return JSON.createObjectNode()
        .put("processDefinitionId", "journey")
        .put("startDate", "2026-01-05T09:00:00.000Z")
        .put("endDate", "2026-01-05T10:00:00.000Z")
        .put("elementId", "Task_Review")
        .put("elementName", "Review")
        .put("type", "USER_TASK")
        .put("state", "COMPLETED")
        .put("hasIncident", false)
        .put("tenantId", "<default>")
        .put("elementInstanceKey", "2251799813685250")
        .put("processInstanceKey", "2251799813685249")
        .put("processDefinitionKey", "2251799813685248")
        .put("incidentKey", "2251799813685251");
  }
}

package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionResult;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.MessageCorrelationRequest;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationRequest;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import io.camunda.client.protocol.rest.MessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.MessageSubscriptionStateEnum;
import java.time.Duration;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.CorrelatedMessage;
import org.amends.engine.api.PublishedMessage;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.MessageSubscription;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Messages: publication (buffered for their time to live), correlation, and subscriptions. */
@RestController
class MessageController {

  private final Engine engine;
  private final Searcher searcher;

  MessageController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/messages/publication")
  MessagePublicationResult publish(@RequestBody MessagePublicationRequest request) {
    Rest.require("name", request.getName());
    PublishedMessage published = engine.publishMessage(
        request.getName(), request.getCorrelationKey(),
        request.getTimeToLive() == null ? Duration.ZERO : Duration.ofMillis(request.getTimeToLive()),
        request.getMessageId(), request.getVariables(), request.getTenantId());
    return new MessagePublicationResult().messageKey(Rest.key(published.messageKey())).tenantId(published.tenantId());
  }

  @PostMapping("/v2/messages/correlation")
  MessageCorrelationResult correlate(@RequestBody MessageCorrelationRequest request) {
    Rest.require("name", request.getName());
    CorrelatedMessage correlated = engine.correlateMessage(
        request.getName(), request.getCorrelationKey() == null ? "" : request.getCorrelationKey(),
        request.getVariables(), request.getTenantId());
    return new MessageCorrelationResult()
        .messageKey(Rest.key(correlated.messageKey()))
        .processInstanceKey(Rest.key(correlated.processInstanceKey()))
        .tenantId(correlated.tenantId());
  }

  @PostMapping("/v2/message-subscriptions/search")
  MessageSubscriptionSearchQueryResult subscriptions(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.MESSAGE_SUBSCRIPTIONS, SearchRequest.of(body));
    return new MessageSubscriptionSearchQueryResult()
        .items(page.hits().stream().map(hit -> toResult(hit.row(MessageSubscription.class))).toList())
        .page(Rest.page(page));
  }

  private static MessageSubscriptionResult toResult(MessageSubscription subscription) {
    return new MessageSubscriptionResult()
        .messageSubscriptionKey(Rest.key(subscription.key))
        .processDefinitionId(subscription.bpmnProcessId)
        .processDefinitionKey(Rest.keyOrNull(subscription.processDefinitionKey))
        .processInstanceKey(Rest.keyOrNull(subscription.processInstanceKey))
        .elementId(subscription.elementId)
        .elementInstanceKey(Rest.keyOrNull(subscription.elementInstanceKey))
        .messageSubscriptionState(MessageSubscriptionStateEnum.fromValue(subscription.state.name()))
        .lastUpdatedDate(Rest.date(subscription.lastUpdatedDate))
        .messageName(subscription.messageName)
        .correlationKey(subscription.correlationKey)
        .tenantId(subscription.tenantId);
  }

  @PostMapping("/v2/correlated-message-subscriptions/search")
  CorrelatedMessageSubscriptionSearchQueryResult correlated(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.CORRELATED_MESSAGE_SUBSCRIPTIONS, SearchRequest.of(body));
    return new CorrelatedMessageSubscriptionSearchQueryResult()
        .items(page.hits().stream().map(MessageController::toCorrelated).toList())
        .page(Rest.page(page));
  }

  private static CorrelatedMessageSubscriptionResult toCorrelated(SearchHit hit) {
    HistoryEvent event = hit.row(HistoryEvent.class);
    Map<String, Object> data = event.data == null ? Map.of() : event.data;
    return new CorrelatedMessageSubscriptionResult()
        .correlationKey(text(data.get("correlationKey")))
        .correlationTime(Rest.date(event.timestamp))
        .elementId(event.elementId)
        .elementInstanceKey(Rest.keyOrNull(event.elementInstanceKey))
        .messageKey(keyOf(data.get("messageKey")))
        .messageName(text(data.get("messageName")))
        .partitionId(1)
        .processDefinitionId(text(data.get("bpmnProcessId")))
        .processDefinitionKey(keyOf(data.get("processDefinitionKey")))
        .processInstanceKey(Rest.keyOrNull(event.processInstanceKey))
        .subscriptionKey(keyOf(data.get("subscriptionKey")))
        .tenantId(text(data.get("tenantId")));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String keyOf(Object value) {
    return value instanceof Number number ? Rest.keyOrNull(number.longValue()) : text(value);
  }
}

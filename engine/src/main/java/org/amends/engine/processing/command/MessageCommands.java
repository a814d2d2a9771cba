package org.amends.engine.processing.command;

import java.time.Duration;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.CorrelatedMessage;
import org.amends.engine.api.PublishedMessage;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.Message;

/** Publishing and correlating messages, broadcasting signals. */
public final class MessageCommands {

  private MessageCommands() {}

  /** Checked before the command is queued: a message needs a name and a time to live not negative. */
  public static void validatePublish(String name, Duration timeToLive) {
    validateName(name, "name");
    if (timeToLive != null && timeToLive.isNegative()) {
      throw EngineException.invalidArgument("The timeToLive must not be negative, but was " + timeToLive.toMillis() + ".");
    }
  }

  public static void validateName(String name, String field) {
    if (name == null || name.isBlank()) {
      throw EngineException.invalidArgument("No " + field + " provided");
    }
  }

  public static PublishedMessage publish(
      BpmnRuntime runtime, String name, String correlationKey, Duration timeToLive, String messageId,
      Map<String, Object> variables, String tenantId) {
    Message message = runtime.messages().publish(
        name, correlationKey == null ? "" : correlationKey,
        timeToLive == null ? Duration.ZERO : timeToLive, messageId,
        variables == null ? Map.of() : variables, tenantId);
    return new PublishedMessage(message.key, message.tenantId);
  }

  public static CorrelatedMessage correlate(
      BpmnRuntime runtime, String name, String correlationKey, Map<String, Object> variables, String tenantId) {
    long[] keys = runtime.messages().correlate(name, correlationKey, variables == null ? Map.of() : variables, tenantId);
    return new CorrelatedMessage(keys[0], keys[1], tenantId);
  }

  /** Broadcasts a signal; returns the signal's key. */
  public static long broadcastSignal(BpmnRuntime runtime, String name, Map<String, Object> variables, String tenantId) {
    runtime.signals().broadcast(name, variables == null ? Map.of() : variables, tenantId);
    return runtime.state().newKey();
  }
}

package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/**
 * What an event (or a receive task) catches or throws, by its event definition: the timer, the
 * message and its correlation key, the error, escalation or signal, the link. Only the fields of
 * the element's definition are set.
 */
public final class EventProperties {

  private TimerDefinition timer;
  private Expression messageName;
  private Expression correlationKey;
  private String errorCode;
  private Expression errorCodeExpression;
  private String escalationCode;
  private Expression signalName;
  private String linkName;

  public TimerDefinition timer() {
    return timer;
  }

  public void timer(TimerDefinition timer) {
    this.timer = timer;
  }

  public Expression messageName() {
    return messageName;
  }

  public void messageName(Expression messageName) {
    this.messageName = messageName;
  }

  public Expression correlationKey() {
    return correlationKey;
  }

  public void correlationKey(Expression correlationKey) {
    this.correlationKey = correlationKey;
  }

  /** The error code caught (null catches every error) or thrown. */
  public String errorCode() {
    return errorCode;
  }

  public void errorCode(String errorCode) {
    this.errorCode = errorCode;
  }

  public Expression errorCodeExpression() {
    return errorCodeExpression;
  }

  public void errorCodeExpression(Expression errorCodeExpression) {
    this.errorCodeExpression = errorCodeExpression;
  }

  public String escalationCode() {
    return escalationCode;
  }

  public void escalationCode(String escalationCode) {
    this.escalationCode = escalationCode;
  }

  public Expression signalName() {
    return signalName;
  }

  public void signalName(Expression signalName) {
    this.signalName = signalName;
  }

  public String linkName() {
    return linkName;
  }

  public void linkName(String linkName) {
    this.linkName = linkName;
  }
}

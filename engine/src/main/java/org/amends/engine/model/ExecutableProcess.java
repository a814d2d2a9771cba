package org.amends.engine.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deployed process, transformed once and shared by all its instances. */
public final class ExecutableProcess {

  private final String bpmnProcessId;
  private final String name;
  private final ExecutableElement root;
  private final Map<String, ExecutableElement> elements = new LinkedHashMap<>();
  private String versionTag;

  public ExecutableProcess(String bpmnProcessId, String name, ExecutableElement root) {
    this.bpmnProcessId = bpmnProcessId;
    this.name = name;
    this.root = root;
  }

  /** The process's {@code zeebe:versionTag}, or null. */
  public String versionTag() {
    return versionTag;
  }

  public void versionTag(String versionTag) {
    this.versionTag = versionTag;
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public String name() {
    return name;
  }

  public ExecutableElement root() {
    return root;
  }

  public void add(ExecutableElement element) {
    elements.put(element.id(), element);
  }

  public ExecutableElement element(String id) {
    return elements.get(id);
  }

  public Collection<ExecutableElement> elements() {
    return elements.values();
  }

  /** Start events of the process itself (not of event subprocesses) with the given trigger. */
  public List<ExecutableElement> startEvents(EventType eventType) {
    return root.startEvents().stream().filter(e -> e.eventType() == eventType).toList();
  }
}

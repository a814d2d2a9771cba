package org.amends.engine.api;

/** A file to deploy: its name (which tells its kind: .bpmn, .dmn, .form) and content. */
public record DeploymentResource(String name, byte[] content) {}

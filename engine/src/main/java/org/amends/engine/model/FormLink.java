package org.amends.engine.model;

/**
 * The form of a user task or a none start event ({@code zeebe:formDefinition}): a linked form by
 * id (with its binding), a form key, or an external reference.
 */
public record FormLink(String formId, String formKey, String externalReference, Binding binding) {}

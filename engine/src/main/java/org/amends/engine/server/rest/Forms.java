package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.FormResult;
import org.amends.engine.state.Form;
import org.amends.engine.state.Json;

/** A deployed form as the API returns it: its schema as JSON, not as text. */
final class Forms {

  private Forms() {}

  static FormResult toResult(Form form) {
    return new FormResult()
        .formKey(Rest.key(form.key))
        .formId(form.formId)
        .version((long) form.version)
        .tenantId(form.tenantId)
        .schema(form.schema == null ? null : Json.parseValue(form.schema));
  }
}

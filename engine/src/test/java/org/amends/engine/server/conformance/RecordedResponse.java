package org.amends.engine.server.conformance;

/** One REST API response as the server sent it. */
record RecordedResponse(String method, String route, int status, String contentType, byte[] body) {

  /** "METHOD /route/{template}", the key of {@link ResponseSchemas}. */
  String operation() {
    return method + " " + route;
  }

  boolean isJson() {
    return contentType != null && contentType.contains("json");
  }
}

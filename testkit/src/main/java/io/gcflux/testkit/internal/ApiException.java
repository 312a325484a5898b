package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Carries a GoCardless error out of request handling; turned into an error body at the edge. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient List<ObjectNode> errors;

  public ApiException(int status, String type, String message, List<ObjectNode> errors) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public static ApiException usage(int status, String reason, String message) {
    return new ApiException(status, "invalid_api_usage", message, List.of(entry(reason, message)));
  }

  public static ApiException notFound() {
    return usage(404, "resource_not_found", "Resource not found");
  }

  public static ApiException invalidState(String reason, String message) {
    return new ApiException(422, "invalid_state", message, List.of(entry(reason, message)));
  }

  public static ObjectNode entry(String reason, String message) {
    ObjectNode entry = Json.object();
    entry.put("reason", reason);
    entry.put("message", message);
    return entry;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public List<ObjectNode> errors() {
    return errors;
  }

  public ObjectNode body(String requestId) {
    String anchor =
        errors.isEmpty() || !errors.get(0).has("reason") || type.equals("validation_failed")
            ? type
            : errors.get(0).path("reason").asText();
    ObjectNode error = Json.object();
    error.put("message", getMessage());
    error.put("documentation_url", "https://developer.gocardless.com/api-reference#" + anchor);
    error.put("type", type);
    error.put("request_id", requestId);
    error.put("code", status);
    error.putArray("errors").addAll(errors);
    ObjectNode body = Json.object();
    body.set("error", error);
    return body;
  }
}

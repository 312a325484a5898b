package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gcflux.core.error.ApiError;
import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.error.FieldError;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.error.IdempotentCreationConflictException;
import io.gcflux.core.error.InvalidApiUsageException;
import io.gcflux.core.error.InvalidStateException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.error.PermissionException;
import io.gcflux.core.error.RateLimitException;
import io.gcflux.core.error.ValidationFailedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an error response into the matching exception of the gcflux hierarchy. */
public final class Errors {
  private Errors() {}

  /**
   * Decodes an error response. The subclass follows {@code error.type}, with the status as a
   * fallback when the body carries no type; a body that is not JSON becomes a {@link
   * MalformedResponseException} that keeps the status.
   */
  public static GoCardlessException decode(
      int status, Map<String, List<String>> headers, byte[] body, String requestIdHeader) {
    JsonNode root;
    try {
      root = body.length == 0 ? null : Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return new MalformedResponseException(
          "The API answered with an error whose body is not JSON",
          status,
          Responses.text(body),
          requestIdHeader,
          e);
    }
    JsonNode error = root == null ? null : root.get("error");
    if (error == null || error.isNull()) {
      return new MalformedResponseException(
          "The API answered with an error but no \"error\" object",
          status,
          body.length == 0 ? "" : Responses.text(body),
          requestIdHeader,
          null);
    }
    ApiError apiError =
        error.isObject()
            ? fromObject(status, headers, error, requestIdHeader)
            : new ApiError(
                status, null, status, error.asText(), requestIdHeader, null, null, headers);
    return forType(apiError);
  }

  /** Picks the exception class for a decoded error. */
  public static GoCardlessApiException forType(ApiError error) {
    int status = error.status();
    if (status == 401) {
      return new AuthenticationException(error);
    }
    if (status == 403) {
      return new PermissionException(error);
    }
    if (status == 429) {
      return new RateLimitException(error);
    }
    String type = error.type();
    if (type == null) {
      type = status >= 500 ? "gocardless" : status == 409 ? "invalid_state" : "";
    }
    switch (type) {
      case "validation_failed":
        return new ValidationFailedException(error);
      case "invalid_api_usage":
        return new InvalidApiUsageException(error);
      case "invalid_state":
        return "idempotent_creation_conflict".equals(error.firstReason())
            ? new IdempotentCreationConflictException(error)
            : new InvalidStateException(error);
      case "gocardless":
        return new GoCardlessInternalException(error);
      default:
        return new GoCardlessApiException(error);
    }
  }

  private static ApiError fromObject(
      int status, Map<String, List<String>> headers, JsonNode error, String requestIdHeader) {
    List<FieldError> fieldErrors = new ArrayList<>();
    JsonNode errors = error.get("errors");
    if (errors != null && errors.isArray()) {
      for (JsonNode entry : errors) {
        fieldErrors.add(fieldError(entry));
      }
    }
    String requestId = Values.string(error.get("request_id"));
    Long code = safeLong(error.get("code"));
    return new ApiError(
        status,
        Values.string(error.get("type")),
        code == null ? null : code.intValue(),
        Values.string(error.get("message")),
        requestId != null ? requestId : requestIdHeader,
        Values.string(error.get("documentation_url")),
        fieldErrors,
        headers);
  }

  private static FieldError fieldError(JsonNode entry) {
    if (!entry.isObject()) {
      return new FieldError(null, null, entry.asText(), null, null, null);
    }
    Map<String, String> links = new LinkedHashMap<>();
    JsonNode linkNode = entry.get("links");
    if (linkNode != null && linkNode.isObject()) {
      linkNode.fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().asText()));
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    JsonNode metaNode = entry.get("metadata");
    if (metaNode != null && metaNode.isObject()) {
      metaNode
          .fields()
          .forEachRemaining(
              e -> {
                Object value = Values.plain(e.getValue());
                if (value != null) {
                  metadata.put(e.getKey(), value);
                }
              });
    }
    return new FieldError(
        Values.string(entry.get("field")),
        Values.string(entry.get("reason")),
        Values.string(entry.get("message")),
        Values.string(entry.get("request_pointer")),
        links,
        metadata);
  }

  private static Long safeLong(JsonNode value) {
    try {
      return Values.int64(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

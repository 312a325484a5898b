package io.gcflux.core.error;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of an API error's {@code errors} array: which field or request pointer was wrong and
 * why.
 */
public final class FieldError {
  private final String field;
  private final String reason;
  private final String message;
  private final String requestPointer;
  private final Map<String, String> links;
  private final Map<String, Object> metadata;

  public FieldError(
      String field,
      String reason,
      String message,
      String requestPointer,
      Map<String, String> links,
      Map<String, Object> metadata) {
    this.field = field;
    this.reason = reason;
    this.message = message;
    this.requestPointer = requestPointer;
    this.links = links == null ? Map.of() : Map.copyOf(links);
    this.metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** The parameter at fault, for example {@code amount}; {@code null} for non-field errors. */
  public String field() {
    return field;
  }

  /** A machine-readable reason, for example {@code idempotent_creation_conflict}. */
  public String reason() {
    return reason;
  }

  public String message() {
    return message;
  }

  /** A JSON pointer into the request body, for example {@code /payments/amount}. */
  public String requestPointer() {
    return requestPointer;
  }

  /** Related resources, for example {@code conflicting_resource_id}. */
  public Map<String, String> links() {
    return links;
  }

  public Map<String, Object> metadata() {
    return metadata;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError e = (FieldError) o;
    return Objects.equals(field, e.field)
        && Objects.equals(reason, e.reason)
        && Objects.equals(message, e.message)
        && Objects.equals(requestPointer, e.requestPointer)
        && links.equals(e.links)
        && metadata.equals(e.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, reason, message, requestPointer, links, metadata);
  }

  @Override
  public String toString() {
    String subject = field != null ? field : requestPointer != null ? requestPointer : reason;
    return subject == null ? String.valueOf(message) : subject + " " + message;
  }
}

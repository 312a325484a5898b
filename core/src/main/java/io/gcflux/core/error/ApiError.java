package io.gcflux.core.error;

import java.util.List;
import java.util.Map;

/**
 * What an API error response said: the decoded {@code error} object plus the HTTP status and
 * response headers.
 *
 * @param status the HTTP status code
 * @param type the error type, for example {@code validation_failed}; may be a type gcflux does not
 *     know yet
 * @param code the {@code code} the body carried, usually the status again
 * @param message the API's message
 * @param requestId the request id to quote to GoCardless support
 * @param documentationUrl where the API documents this error
 * @param errors per-field or per-reason details
 * @param headers the response headers (names in lower case)
 */
public record ApiError(
    int status,
    String type,
    Integer code,
    String message,
    String requestId,
    String documentationUrl,
    List<FieldError> errors,
    Map<String, List<String>> headers) {
  public ApiError {
    errors = errors == null ? List.of() : List.copyOf(errors);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** The first reason in {@link #errors()}, or {@code null}. */
  public String firstReason() {
    return errors.stream().map(FieldError::reason).filter(r -> r != null).findFirst().orElse(null);
  }
}

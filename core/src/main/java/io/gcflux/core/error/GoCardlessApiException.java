package io.gcflux.core.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API answered with an error. Subclasses follow the error's {@code type}; an unknown type stays
 * this base class, so a new type never crashes error handling.
 */
public class GoCardlessApiException extends GoCardlessException {
  private static final long serialVersionUID = 1L;
  private final transient ApiError error;

  public GoCardlessApiException(ApiError error) {
    this(error, null);
  }

  protected GoCardlessApiException(ApiError error, String advice) {
    super(describe(error, advice));
    this.error = error;
  }

  public int statusCode() {
    return error.status();
  }

  public String type() {
    return error.type();
  }

  public Integer code() {
    return error.code();
  }

  /** The API's own message, without gcflux's additions. */
  public String apiMessage() {
    return error.message();
  }

  @Override
  public String requestId() {
    return error.requestId();
  }

  /** A 5xx means GoCardless failed to answer, not that it refused: sending again may succeed. */
  @Override
  public boolean isRetryable() {
    return error.status() >= 500;
  }

  public String documentationUrl() {
    return error.documentationUrl();
  }

  public List<FieldError> errors() {
    return error.errors();
  }

  /** Response headers, names in lower case. */
  public Map<String, List<String>> responseHeaders() {
    return error.headers();
  }

  public ApiError error() {
    return error;
  }

  private static String describe(ApiError error, String advice) {
    StringBuilder text = new StringBuilder();
    text.append('[').append(error.status()).append("] ");
    text.append(error.message() == null ? "GoCardless API error" : error.message());
    if (!error.errors().isEmpty()) {
      text.append(": ")
          .append(
              error.errors().stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    }
    text.append(" (type=").append(error.type());
    text.append(", request_id=").append(error.requestId()).append(')');
    if (advice != null) {
      text.append(". ").append(advice);
    }
    return text.toString();
  }
}

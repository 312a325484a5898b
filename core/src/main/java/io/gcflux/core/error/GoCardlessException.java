package io.gcflux.core.error;

/** The root of every exception gcflux raises. Unchecked: errors travel as {@code Mono.error}. */
public class GoCardlessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoCardlessException(String message) {
    super(message);
  }

  public GoCardlessException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the same request may succeed if sent again: the failure was transient (the network, a
   * 5xx, a 429, a body cut short) rather than a refusal of the request itself.
   */
  public boolean isRetryable() {
    return false;
  }

  /**
   * Whether the request may have reached the API, so that sending it again could apply an action
   * twice. Only a connection that was never made says {@code false}.
   */
  public boolean mayHaveReachedApi() {
    return true;
  }

  /** The API's request id, to quote to GoCardless support; {@code null} when there was none. */
  public String requestId() {
    return null;
  }
}

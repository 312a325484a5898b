package io.gcflux.core.error;

/** The network failed (refused, reset, timed out) on the last attempt the retry policy allowed. */
public class ApiConnectionException extends GoCardlessException {
  private static final long serialVersionUID = 1L;
  private final int attempts;
  private final boolean mayHaveReachedApi;

  /** A failure after which the request may have reached the API. */
  public ApiConnectionException(String message, int attempts, Throwable cause) {
    this(message, attempts, true, cause);
  }

  /**
   * @param mayHaveReachedApi {@code false} only when the connection was provably never made, so the
   *     request never left
   */
  public ApiConnectionException(
      String message, int attempts, boolean mayHaveReachedApi, Throwable cause) {
    super(message + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.attempts = attempts;
    this.mayHaveReachedApi = mayHaveReachedApi;
  }

  /** How many attempts were made, the first one included. */
  public int attempts() {
    return attempts;
  }

  /** The network may recover: always retryable. */
  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public boolean mayHaveReachedApi() {
    return mayHaveReachedApi;
  }
}

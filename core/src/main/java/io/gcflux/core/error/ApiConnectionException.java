package io.gcflux.core.error;

/** The network failed (refused, reset, timed out) on the last attempt the retry policy allowed. */
public class ApiConnectionException extends GoCardlessException {
  private static final long serialVersionUID = 1L;
  private final int attempts;

  public ApiConnectionException(String message, int attempts, Throwable cause) {
    super(message + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.attempts = attempts;
  }

  /** How many attempts were made, the first one included. */
  public int attempts() {
    return attempts;
  }
}

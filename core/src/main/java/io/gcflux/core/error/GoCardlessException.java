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
}

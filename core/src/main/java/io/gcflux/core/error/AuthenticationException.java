package io.gcflux.core.error;

/** The access token was missing or rejected (401). */
public class AuthenticationException extends InvalidApiUsageException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(ApiError error) {
    super(
        error,
        "Check that the access token belongs to the environment you configured (sandbox vs live)");
  }
}

package io.gcflux.spring.boot;

/** The client cannot start: {@code gcflux.access-token} is not set. */
public class MissingAccessTokenException extends IllegalStateException {
  static final String PROPERTY = "gcflux.access-token";

  MissingAccessTokenException() {
    super(
        "No GoCardless access token: set the property "
            + PROPERTY
            + " (or the environment variable GCFLUX_ACCESS_TOKEN)");
  }
}

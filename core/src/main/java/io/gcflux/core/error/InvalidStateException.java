package io.gcflux.core.error;

/** The request conflicts with the resource's current state (error.type = invalid_state). */
public class InvalidStateException extends GoCardlessApiException {
  private static final long serialVersionUID = 1L;

  public InvalidStateException(ApiError error) {
    super(error);
  }

  protected InvalidStateException(ApiError error, String advice) {
    super(error, advice);
  }
}

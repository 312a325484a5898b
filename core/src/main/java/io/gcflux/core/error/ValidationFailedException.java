package io.gcflux.core.error;

/**
 * One or more parameters failed validation (error.type = validation_failed); {@link #errors()}
 * names each field.
 */
public class ValidationFailedException extends GoCardlessApiException {
  private static final long serialVersionUID = 1L;

  public ValidationFailedException(ApiError error) {
    super(error);
  }

  protected ValidationFailedException(ApiError error, String advice) {
    super(error, advice);
  }
}

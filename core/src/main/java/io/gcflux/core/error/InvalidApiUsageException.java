package io.gcflux.core.error;

/** The request was not one the API accepts (error.type = invalid_api_usage): fix the request. */
public class InvalidApiUsageException extends GoCardlessApiException {
  private static final long serialVersionUID = 1L;

  public InvalidApiUsageException(ApiError error) {
    super(error);
  }

  protected InvalidApiUsageException(ApiError error, String advice) {
    super(error, advice);
  }
}

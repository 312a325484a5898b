package io.gcflux.core.error;

/** GoCardless failed to handle the request (error.type = gocardless); safe to retry. */
public class GoCardlessInternalException extends GoCardlessApiException {
  private static final long serialVersionUID = 1L;

  public GoCardlessInternalException(ApiError error) {
    super(error);
  }

  protected GoCardlessInternalException(ApiError error, String advice) {
    super(error, advice);
  }

  /** GoCardless failed to handle the request, whatever the status said: sending again may work. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}

package io.gcflux.core.error;

/** The access token is valid but may not do this (403). */
public class PermissionException extends InvalidApiUsageException {
  private static final long serialVersionUID = 1L;

  public PermissionException(ApiError error) {
    super(error, "The access token lacks the permission this call needs");
  }
}

package io.gcflux.webhook;

import io.gcflux.core.error.GoCardlessException;

/**
 * A webhook's {@code Webhook-Signature} is missing, malformed or does not match its body, so the
 * request cannot be trusted to come from GoCardless.
 *
 * <p>GoCardless expects a {@code 498 Token Invalid} answer to such a request. The message never
 * holds the secret, the expected signature or the received one.
 */
public class InvalidSignatureException extends GoCardlessException {
  private static final long serialVersionUID = 1L;

  public InvalidSignatureException(String message) {
    super(message);
  }
}

package io.gcflux.webhook;

import io.gcflux.core.error.MalformedResponseException;

/**
 * A correctly signed webhook whose body is not the JSON GoCardless sends: not JSON at all, or JSON
 * without an {@code events} array. Its {@link #statusCode()} is 0 because there was no response.
 */
public class MalformedWebhookException extends MalformedResponseException {
  private static final long serialVersionUID = 1L;

  MalformedWebhookException(String problem, String body, Throwable cause) {
    super(problem, 0, body, null, cause);
  }
}

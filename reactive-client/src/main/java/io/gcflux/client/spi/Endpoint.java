package io.gcflux.client.spi;

import io.gcflux.client.observe.ApiOperation;
import java.util.Objects;

/**
 * One action of the API as the description states it; each generated service holds one constant per
 * action.
 *
 * @param resource the resource name, for example {@code payments}
 * @param action the action name, for example {@code cancel}
 * @param method the HTTP method
 * @param path the path template, for example {@code /payments/:identity/actions/cancel}
 * @param requestEnvelope the key the body is wrapped in, or {@code null} when the params travel in
 *     the query string
 * @param responseEnvelope the key the response is wrapped in
 * @param idempotentCreate whether the call carries an {@code Idempotency-Key}
 * @param retriedOnNetworkFailure whether the action is safe to send twice
 */
public record Endpoint(
    String resource,
    String action,
    String method,
    String path,
    String requestEnvelope,
    String responseEnvelope,
    boolean idempotentCreate,
    boolean retriedOnNetworkFailure)
    implements ApiOperation {

  public Endpoint {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(responseEnvelope, "responseEnvelope");
  }
}

package io.gcflux.client.internal;

import io.gcflux.client.observe.ApiOperation;
import io.gcflux.client.spi.Endpoint;

/**
 * One action of the API as the runtime reads it, made from the public {@link Endpoint} each
 * generated service declares.
 *
 * @param resource the resource name, for example {@code payments}
 * @param action the action name, for example {@code cancel}
 * @param method the HTTP method
 * @param path the path template, for example {@code /payments/:identity/actions/cancel}
 * @param requestEnvelope the key the body is wrapped in, or {@code null} for a query-string call
 * @param responseEnvelope the key the response is wrapped in
 * @param idempotentCreate whether the call carries an {@code Idempotency-Key}
 * @param retriedOnNetworkFailure whether the action is safe to send twice
 */
public record Operation(
    String resource,
    String action,
    String method,
    String path,
    String requestEnvelope,
    String responseEnvelope,
    boolean idempotentCreate,
    boolean retriedOnNetworkFailure)
    implements ApiOperation {

  /** The runtime's form of an action a generated service declares. */
  static Operation of(Endpoint endpoint) {
    return new Operation(
        endpoint.resource(),
        endpoint.action(),
        endpoint.method(),
        endpoint.path(),
        endpoint.requestEnvelope(),
        endpoint.responseEnvelope(),
        endpoint.idempotentCreate(),
        endpoint.retriedOnNetworkFailure());
  }

  /** Whether a retry may repeat a request that possibly reached the server. */
  public boolean mayRepeat() {
    return idempotentCreate || retriedOnNetworkFailure;
  }

  /** Whether the params travel in the query string rather than a body. */
  public boolean usesQuery() {
    return requestEnvelope == null;
  }

  /** The get of the resource a create made, used to resolve idempotency conflicts. */
  Operation conflictingResourceGet() {
    return new Operation(
        resource, "get", "GET", path + "/:identity", null, responseEnvelope, false, true);
  }
}

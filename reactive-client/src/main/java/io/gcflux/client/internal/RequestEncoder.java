package io.gcflux.client.internal;

import io.gcflux.core.internal.Params;

/**
 * Builds the HTTP request of a call: the URL with its expanded path and query string, or the JSON
 * body in the action's envelope, and the headers.
 */
final class RequestEncoder {
  private final String baseUrl;
  private final RequestHeaders headers;

  RequestEncoder(String baseUrl, RequestHeaders headers) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  HttpExchange.Request encode(ApiCall<?> call) {
    Operation op = call.operation();
    String target = Paths.expand(op, call.pathParams());
    byte[] body = null;
    if (op.usesQuery()) {
      String query =
          call.queryOverrides().isEmpty()
              ? Params.query(call.params())
              : Params.query(call.params(), call.queryOverrides());
      if (!query.isEmpty()) {
        target = target + '?' + query;
      }
    } else {
      body = Params.body(op.requestEnvelope(), call.params());
    }
    return new HttpExchange.Request(
        op.method(),
        baseUrl,
        target,
        target.equals(op.path()),
        headers.forCall(call, body != null),
        body);
  }
}

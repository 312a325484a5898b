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
    StringBuilder url = new StringBuilder(baseUrl).append(Paths.expand(op, call.pathParams()));
    byte[] body = null;
    if (op.usesQuery()) {
      String query =
          call.queryOverrides().isEmpty()
              ? Params.query(call.params())
              : Params.query(call.params(), call.queryOverrides());
      if (!query.isEmpty()) {
        url.append('?').append(query);
      }
    } else {
      body = Params.body(op.requestEnvelope(), call.params());
    }
    return new HttpExchange.Request(
        op.method(), url.toString(), headers.forCall(call, body != null), body);
  }
}

package io.gcflux.client.internal;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/** Sends requests over a Reactor Netty {@link HttpClient} and its connection pool. */
public final class NettyTransport implements HttpTransport {
  private static final byte[] EMPTY = new byte[0];

  private final HttpClient http;

  public NettyTransport(HttpClient http) {
    this.http = http;
  }

  @Override
  public Mono<HttpExchange.Response> send(HttpExchange.Request request) {
    return http.request(HttpMethod.valueOf(request.method()))
        .uri(request.url())
        .send(
            (outbound, out) -> {
              request.headers().forEach(outbound::header);
              return request.body() == null ? out : out.sendByteArray(Mono.just(request.body()));
            })
        .responseSingle(
            (response, body) ->
                body.asByteArray()
                    .defaultIfEmpty(EMPTY)
                    .map(
                        bytes ->
                            new HttpExchange.Response(
                                response.status().code(),
                                headers(response.responseHeaders()),
                                bytes)));
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> byName = new HashMap<>();
    for (Map.Entry<String, String> header : headers) {
      byName
          .computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(header.getValue());
    }
    return byName;
  }
}

package io.gcflux.client.internal;

import io.gcflux.client.spi.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** Runs calls over a {@link Transport} the user supplied instead of Reactor Netty. */
public final class UserTransport implements HttpTransport {
  private static final byte[] EMPTY = new byte[0];

  private final Transport transport;

  public UserTransport(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public Mono<HttpExchange.Response> send(HttpExchange.Request request) {
    Transport.Request outgoing =
        new Transport.Request(request.method(), request.url(), request.headers(), request.body());
    return Mono.defer(
            () ->
                Objects.requireNonNull(
                    transport.send(outgoing),
                    () -> transport.getClass().getName() + ".send returned null: return a Mono"))
        .map(UserTransport::received);
  }

  private static HttpExchange.Response received(Transport.Response response) {
    // The pipeline reads headers by lower-case name, as Reactor Netty hands them over.
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .headers()
        .forEach(
            (name, values) ->
                headers
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values));
    return new HttpExchange.Response(
        response.status(), headers, response.body() == null ? EMPTY : response.body());
  }
}

package io.gcflux.benchmarks.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The stand-in GoCardless API of the load harness, run in its own JVM so that its CPU and garbage
 * are not the client's: {@code POST /payments} answers 201 with one payment, {@code GET /payments}
 * pages through {@code exportRecords} payments by cursor. Bodies are built once at start-up, so the
 * server costs the same whichever client calls it. Latency, when asked for, is a timer on Reactor's
 * parallel scheduler: the event loop never waits.
 *
 * <p>{@code LoadServer <latencyMillis> <exportRecords>}; prints {@code listening on <port>}.
 */
public final class LoadServer {
  private LoadServer() {}

  public static void main(String[] args) {
    Duration latency = Duration.ofMillis(Long.parseLong(args[0]));
    PaymentBodies bodies = new PaymentBodies(Long.parseLong(args[1]));
    DisposableServer server =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(
                routes ->
                    routes
                        .post(
                            "/payments",
                            (request, response) -> created(request, response, latency, bodies))
                        .get(
                            "/payments",
                            (request, response) -> page(request, response, latency, bodies)))
            .bindNow();
    System.out.println("listening on " + server.port());
    System.out.flush();
    server.onDispose().block();
  }

  private static Mono<Void> created(
      HttpServerRequest request,
      HttpServerResponse response,
      Duration latency,
      PaymentBodies bodies) {
    byte[] body = bodies.created();
    return request
        .receive()
        .then()
        .then(delay(latency))
        .then(
            Mono.defer(
                () ->
                    apiHeaders(response.status(HttpResponseStatus.CREATED), body.length)
                        .send(Mono.just(Unpooled.wrappedBuffer(body)))
                        .then()));
  }

  private static Mono<Void> page(
      HttpServerRequest request,
      HttpServerResponse response,
      Duration latency,
      PaymentBodies bodies) {
    List<String> after = new QueryStringDecoder(request.uri()).parameters().get("after");
    long pageIndex = after == null ? 0 : PaymentBodies.pageOf(after.get(0));
    ByteBuf[] parts = bodies.page(pageIndex);
    int length = 0;
    for (ByteBuf part : parts) {
      length += part.readableBytes();
    }
    int contentLength = length;
    return delay(latency)
        .then(
            Mono.defer(
                () ->
                    apiHeaders(response.status(HttpResponseStatus.OK), contentLength)
                        .send(Flux.just(parts))
                        .then()));
  }

  private static Mono<Void> delay(Duration latency) {
    return latency.isZero() ? Mono.empty() : Mono.delay(latency).then();
  }

  // The headers the real API sends, so that a client that reads them pays for it here too.
  private static HttpServerResponse apiHeaders(HttpServerResponse response, int contentLength) {
    HttpHeaders headers = response.responseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Content-Length", contentLength);
    headers.set("X-Request-Id", "RQ00LOADTEST");
    headers.set("RateLimit-Limit", "1000");
    headers.set("RateLimit-Remaining", "999");
    headers.set("RateLimit-Reset", "Sun, 29 Nov 2026 12:00:00 GMT");
    return response;
  }
}

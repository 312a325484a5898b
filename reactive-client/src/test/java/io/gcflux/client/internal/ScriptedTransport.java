package io.gcflux.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An in-memory transport that answers from a script and records what was sent and when, on
 * Reactor's clock, so retry timing can be asserted under virtual time.
 */
public final class ScriptedTransport implements HttpTransport {
  private final Deque<Supplier<Mono<HttpExchange.Response>>> script = new ConcurrentLinkedDeque<>();
  private final List<HttpExchange.Request> sent = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> sentAtMillis = Collections.synchronizedList(new ArrayList<>());

  public ScriptedTransport respond(int status, String body, String... headerPairs) {
    Map<String, List<String>> headers = new HashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i].toLowerCase(), List.of(headerPairs[i + 1]));
    }
    headers.putIfAbsent("x-request-id", List.of("RQ" + (script.size() + 1)));
    HttpExchange.Response response =
        new HttpExchange.Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
    script.add(() -> Mono.just(response));
    return this;
  }

  public ScriptedTransport fail(Throwable failure) {
    script.add(() -> Mono.error(failure));
    return this;
  }

  public ScriptedTransport hang() {
    script.add(Mono::never);
    return this;
  }

  @Override
  public Mono<HttpExchange.Response> send(HttpExchange.Request request) {
    return Mono.defer(
        () -> {
          sent.add(request);
          sentAtMillis.add(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
          Supplier<Mono<HttpExchange.Response>> next = script.poll();
          if (next == null) {
            return Mono.error(new AssertionError("no scripted answer for " + request.url()));
          }
          return next.get();
        });
  }

  public List<HttpExchange.Request> sent() {
    return List.copyOf(sent);
  }

  /** When each request was sent, in milliseconds since the first. */
  public List<Long> sendOffsets() {
    List<Long> offsets = new ArrayList<>();
    for (Long at : sentAtMillis) {
      offsets.add(at - sentAtMillis.get(0));
    }
    return offsets;
  }
}

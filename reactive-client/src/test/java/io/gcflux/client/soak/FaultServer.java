package io.gcflux.client.soak;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A GoCardless-shaped server for the soak, run in its own JVM: payments get, list, create (with
 * idempotency keys) and cancel, with a share of requests answered by a random fault. It counts what
 * a client must never cause: two resources for one idempotency key, and a cancel that arrives twice
 * for one payment. Prints {@code LISTENING <port>} once bound; {@code GET /__stats} answers with
 * its counters.
 */
public final class FaultServer {
  enum Fault {
    REFUSED_AT_ACCEPT,
    RESET_BEFORE_RESPONSE,
    RESET_MID_BODY,
    STALL,
    SERVER_ERROR_JSON,
    BAD_GATEWAY_HTML,
    UNAVAILABLE_HTML,
    TRUNCATED_JSON,
    RATE_LIMITED_RETRY_AFTER,
    RATE_LIMITED_RESET_ONLY
  }

  private static final Fault[] FAULTS = Fault.values();

  private final double faultRate;
  private final Duration stall;
  private final Map<String, String> paymentByKey = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> resourcesByKey = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> cancelsByPayment = new ConcurrentHashMap<>();
  private final Map<Fault, LongAdder> faults = new ConcurrentHashMap<>();
  private final LongAdder requests = new LongAdder();
  private final LongAdder createsWithoutKey = new LongAdder();
  private final AtomicLong ids = new AtomicLong();

  FaultServer(double faultRate, Duration stall) {
    this.faultRate = faultRate;
    this.stall = stall;
    for (Fault fault : FAULTS) {
      faults.put(fault, new LongAdder());
    }
  }

  public static void main(String[] args) {
    double rate = Double.parseDouble(args.length > 0 ? args[0] : "0.05");
    long stallMillis = Long.parseLong(args.length > 1 ? args[1] : "1500");
    FaultServer server = new FaultServer(rate, Duration.ofMillis(stallMillis));
    DisposableServer bound = server.bind();
    System.out.println("LISTENING " + bound.port());
    System.out.flush();
    bound.onDispose().block();
  }

  DisposableServer bind() {
    return HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .doOnConnection(this::maybeRefuse)
        .handle(
            (request, response) ->
                request
                    .receive()
                    .aggregate()
                    .asString(StandardCharsets.UTF_8)
                    .defaultIfEmpty("")
                    .flatMap(body -> Mono.from(route(request, response, body))))
        .bindNow();
  }

  // A connection refused outright cannot be picked per request on a listening port, so a share
  // of connections is reset as soon as it is accepted, before a byte of the request is read.
  private void maybeRefuse(Connection connection) {
    if (roll() && ThreadLocalRandom.current().nextInt(FAULTS.length) == 0) {
      faults.get(Fault.REFUSED_AT_ACCEPT).increment();
      reset(connection);
    }
  }

  private Publisher<Void> route(
      HttpServerRequest request, HttpServerResponse response, String body) {
    String path = request.path();
    if (path.equals("__stats")) {
      return json(response, 200, stats());
    }
    requests.increment();
    String method = request.method().name();
    Fault fault =
        roll() ? FAULTS[1 + ThreadLocalRandom.current().nextInt(FAULTS.length - 1)] : null;
    if (fault != null) {
      faults.get(fault).increment();
      Publisher<Void> refusal = refusalBeforeWork(fault, response);
      if (refusal != null) {
        return refusal;
      }
    }
    String answer;
    int status = 200;
    if (method.equals("POST") && path.equals("payments")) {
      String key = request.requestHeaders().get("Idempotency-Key");
      if (key == null) {
        createsWithoutKey.increment();
        key = "none-" + ids.incrementAndGet();
      }
      String[] created = {null};
      String existing =
          paymentByKey.computeIfAbsent(
              key,
              k -> {
                created[0] = "PM" + ids.incrementAndGet();
                resourcesByKey.computeIfAbsent(k, x -> new LongAdder()).increment();
                return created[0];
              });
      if (created[0] == null) {
        status = 409;
        answer =
            "{\"error\":{\"type\":\"invalid_state\",\"code\":409,\"message\":\"A resource has"
                + " already been created with this idempotency key\",\"request_id\":\"RQ1\","
                + "\"errors\":[{\"reason\":\"idempotent_creation_conflict\",\"message\":\"already"
                + " created\",\"links\":{\"conflicting_resource_id\":\""
                + existing
                + "\"}}]}}";
      } else {
        status = 201;
        answer = "{\"payments\":" + payment(created[0], "pending_submission") + "}";
      }
    } else if (method.equals("POST")
        && path.startsWith("payments/")
        && path.endsWith("/actions/cancel")) {
      String id = path.substring("payments/".length(), path.indexOf("/actions"));
      cancelsByPayment.computeIfAbsent(id, x -> new LongAdder()).increment();
      answer = "{\"payments\":" + payment(id, "cancelled") + "}";
    } else if (method.equals("GET") && path.startsWith("payments/")) {
      answer = "{\"payments\":" + payment(path.substring("payments/".length()), "confirmed") + "}";
    } else if (method.equals("GET") && path.equals("payments")) {
      StringBuilder page = new StringBuilder("{\"payments\":[");
      for (int i = 0; i < 50; i++) {
        page.append(i == 0 ? "" : ",").append(payment("PML" + i, "paid_out"));
      }
      answer =
          page.append(
                  "],\"meta\":{\"cursors\":{\"before\":null,\"after\":\"PML49\"},\"limit\":50}}")
              .toString();
    } else {
      status = 404;
      answer =
          "{\"error\":{\"type\":\"invalid_api_usage\",\"code\":404,\"message\":\"not found\",\"errors\":[]}}";
    }
    return fault == null ? json(response, status, answer) : failAfterWork(fault, response, answer);
  }

  /** Faults a real API would answer before doing anything: nothing is created or cancelled. */
  private Publisher<Void> refusalBeforeWork(Fault fault, HttpServerResponse response) {
    switch (fault) {
      case SERVER_ERROR_JSON:
        return json(
            response,
            500,
            "{\"error\":{\"type\":\"gocardless\",\"code\":500,\"message\":\"internal\",\"errors\":[]}}");
      case BAD_GATEWAY_HTML:
        return html(response, 502, "<html><body>502 Bad Gateway</body></html>");
      case UNAVAILABLE_HTML:
        return html(response, 503, "<html><body>503 Service Unavailable</body></html>");
      case RATE_LIMITED_RETRY_AFTER:
        response.header("Retry-After", "1");
        return json(response, 429, rateLimited());
      case RATE_LIMITED_RESET_ONLY:
        response.header(
            "RateLimit-Reset",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1)));
        return json(response, 429, rateLimited());
      default:
        return null;
    }
  }

  /** Faults that lose the answer after the work is done: the harshest case for a retry. */
  private Publisher<Void> failAfterWork(Fault fault, HttpServerResponse response, String answer) {
    switch (fault) {
      case RESET_BEFORE_RESPONSE:
        return response.withConnection(FaultServer::reset).then();
      case RESET_MID_BODY:
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        response.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(bytes.length));
        return response
            .sendString(Mono.just(answer.substring(0, answer.length() / 2)))
            .then()
            .then(Mono.fromRunnable(() -> response.withConnection(FaultServer::reset)));
      case STALL:
        return Mono.delay(stall).then(Mono.from(json(response, 200, answer)));
      case TRUNCATED_JSON:
        return json(response, 200, answer.substring(0, answer.length() / 2));
      default:
        return json(response, 200, answer);
    }
  }

  private static void reset(Connection connection) {
    // SO_LINGER 0 makes close() send an RST instead of an orderly FIN.
    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
    connection.channel().close();
  }

  private boolean roll() {
    return ThreadLocalRandom.current().nextDouble() < faultRate;
  }

  private static String rateLimited() {
    return "{\"error\":{\"type\":\"invalid_api_usage\",\"code\":429,\"message\":\"rate limited\","
        + "\"errors\":[{\"reason\":\"rate_limit_exceeded\",\"message\":\"slow down\"}]}}";
  }

  private static String payment(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"amount\":1500,\"currency\":\"GBP\",\"status\":\""
        + status
        + "\",\"created_at\":\"2026-01-01T00:00:00.000Z\",\"charge_date\":\"2026-01-05\","
        + "\"links\":{\"mandate\":\"MD1\"}}";
  }

  private static Publisher<Void> json(HttpServerResponse response, int status, String body) {
    return response
        .status(HttpResponseStatus.valueOf(status))
        .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .header("x-request-id", "RQ" + ThreadLocalRandom.current().nextInt(1_000_000))
        .sendString(Mono.just(body));
  }

  private static Publisher<Void> html(HttpServerResponse response, int status, String body) {
    return response
        .status(HttpResponseStatus.valueOf(status))
        .header(HttpHeaderNames.CONTENT_TYPE, "text/html")
        .sendString(Mono.just(body));
  }

  String stats() {
    long maxResourcesPerKey =
        resourcesByKey.values().stream().mapToLong(LongAdder::sum).max().orElse(0);
    long repeatedCancels =
        cancelsByPayment.values().stream().filter(count -> count.sum() > 1).count();
    long faultTotal = faults.values().stream().mapToLong(LongAdder::sum).sum();
    StringBuilder byFault = new StringBuilder("{");
    for (Fault fault : FAULTS) {
      byFault
          .append(byFault.length() == 1 ? "" : ",")
          .append('"')
          .append(fault.name())
          .append("\":")
          .append(faults.get(fault).sum());
    }
    return "{\"requests\":"
        + requests.sum()
        + ",\"faults\":"
        + faultTotal
        + ",\"faultsByKind\":"
        + byFault.append('}')
        + ",\"keys\":"
        + paymentByKey.size()
        + ",\"maxResourcesPerKey\":"
        + maxResourcesPerKey
        + ",\"createsWithoutKey\":"
        + createsWithoutKey.sum()
        + ",\"cancelledPayments\":"
        + cancelsByPayment.size()
        + ",\"repeatedCancels\":"
        + repeatedCancels
        + "}";
  }
}

package io.gcflux.samples.export;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A local stand-in for {@code GET /payments} that serves {@code total} payments, generating each
 * page on the fly from the cursor, so an export of millions holds nothing in memory. Run as its own
 * process by {@link ExportRun}: {@code SyntheticPaymentsServer <port|0> <total>}; prints {@code
 * listening on <port>} once ready.
 */
public final class SyntheticPaymentsServer {
  private static final int MAX_LIMIT = 500;

  private SyntheticPaymentsServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    long total = Long.parseLong(args[1]);
    DisposableServer server =
        HttpServer.create()
            .host("127.0.0.1")
            .port(port)
            .route(
                routes ->
                    routes.get(
                        "/payments",
                        (request, response) -> {
                          Map<String, List<String>> query =
                              new QueryStringDecoder(request.uri()).parameters();
                          int limit = Math.min(MAX_LIMIT, intParam(query, "limit", 50));
                          long start = cursorIndex(query) + 1;
                          byte[] body = page(start, limit, total);
                          return response
                              .status(HttpResponseStatus.OK)
                              .header("Content-Type", "application/json")
                              .sendByteArray(Mono.just(body));
                        }))
            .bindNow();
    System.out.println("listening on " + server.port());
    System.out.flush();
    server.onDispose().block();
  }

  static byte[] page(long start, int limit, long total) {
    StringBuilder json = new StringBuilder(limit * 420).append("{\"payments\":[");
    long end = Math.min(total, start + limit);
    for (long i = start; i < end; i++) {
      if (i > start) {
        json.append(',');
      }
      appendPayment(json, i);
    }
    String after = end < total ? "\"" + id(end - 1) + "\"" : "null";
    String before = start > 0 ? "\"" + id(start) + "\"" : "null";
    json.append("],\"meta\":{\"cursors\":{\"before\":")
        .append(before)
        .append(",\"after\":")
        .append(after)
        .append("},\"limit\":")
        .append(limit)
        .append("}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendPayment(StringBuilder json, long index) {
    json.append("{\"id\":\"")
        .append(id(index))
        .append("\",\"created_at\":\"2026-01-15T10:30:00.000Z\",\"charge_date\":\"2026-01-20\",")
        .append("\"amount\":")
        .append(100 + index % 10_000)
        .append(",\"amount_refunded\":0,\"currency\":\"GBP\",\"status\":\"paid_out\",")
        .append("\"description\":\"Invoice ")
        .append(index)
        .append("\",\"reference\":\"REF")
        .append(index)
        .append("\",\"scheme\":\"bacs\",\"retry_if_possible\":true,\"metadata\":{\"order\":\"")
        .append(index)
        .append("\"},\"fx\":{\"fx_currency\":\"GBP\",\"fx_amount\":null,\"exchange_rate\":null,")
        .append("\"estimated_exchange_rate\":null},\"links\":{\"mandate\":\"MD000123ABCD45\",")
        .append("\"creditor\":\"CR000123ABCD45\",\"payout\":\"PO000123ABCD45\"}}");
  }

  static String id(long index) {
    String digits = Long.toString(index, 36).toUpperCase();
    return "PM" + "0".repeat(Math.max(0, 12 - digits.length())) + digits;
  }

  private static long cursorIndex(Map<String, List<String>> query) {
    List<String> after = query.get("after");
    if (after == null || after.isEmpty()) {
      return -1;
    }
    return Long.parseLong(after.get(0).substring(2), 36);
  }

  private static int intParam(Map<String, List<String>> query, String name, int fallback) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
  }
}

package io.gcflux.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gcflux.core.Page;
import io.gcflux.core.internal.Responses;
import io.gcflux.core.model.Payment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding one list page of 500 payments, the unit of every export, and reading four fields of
 * each. Two baselines read the same bytes: a plain Jackson tree (lossless, like gcflux) and small
 * hand-written records that keep only those fields and drop the rest (what the load harness's raw
 * client does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageDecodingBenchmark {
  private final ObjectMapper plain = new ObjectMapper();
  private final ObjectReader records = plain.readerFor(PageRecord.class);
  private byte[] page;

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PageRecord(List<PaymentRecord> payments, Meta meta) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PaymentRecord(String id, long amount, String status, LinksRecord links) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record LinksRecord(String mandate) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(Cursors cursors) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Cursors(String after) {}

  @Setup
  public void makePage() {
    StringBuilder json = new StringBuilder("{\"payments\":[");
    for (int i = 0; i < 500; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"PM")
          .append(String.format("%012d", i))
          .append("\",\"created_at\":\"2026-01-15T10:30:00.000Z\",\"charge_date\":\"2026-01-20\",")
          .append("\"amount\":")
          .append(100 + i)
          .append(",\"amount_refunded\":0,\"currency\":\"GBP\",\"status\":\"paid_out\",")
          .append("\"description\":\"Invoice ")
          .append(i)
          .append("\",\"reference\":\"REF")
          .append(i)
          .append("\",\"metadata\":{\"order\":\"")
          .append(i)
          .append("\"},\"fx\":{\"fx_currency\":\"GBP\",\"exchange_rate\":\"1.0\"},")
          .append("\"links\":{\"mandate\":\"MD000123ABCD45\",\"creditor\":\"CR000123ABCD45\"}}");
    }
    json.append(
        "],\"meta\":{\"cursors\":{\"before\":null,\"after\":\"PM000000000499\"},\"limit\":500}}");
    page = json.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public void baselineJacksonTree(Blackhole sink) throws Exception {
    JsonNode root = plain.readTree(page);
    for (JsonNode payment : root.get("payments")) {
      sink.consume(payment.get("id").asText());
      sink.consume(payment.get("amount").asLong());
      sink.consume(payment.get("status").asText());
      sink.consume(payment.get("links").get("mandate").asText());
    }
    sink.consume(root.get("meta").get("cursors").get("after").asText());
  }

  @Benchmark
  public void baselineRecords(Blackhole sink) throws Exception {
    PageRecord decoded = records.readValue(page);
    for (PaymentRecord payment : decoded.payments()) {
      sink.consume(payment.id());
      sink.consume(payment.amount());
      sink.consume(payment.status());
      sink.consume(payment.links().mandate());
    }
    sink.consume(decoded.meta().cursors().after());
  }

  @Benchmark
  public void gcfluxTypedPage(Blackhole sink) {
    Page<Payment> decoded = Responses.page(page, "payments", Payment.class, 200, null);
    for (Payment payment : decoded.items()) {
      sink.consume(payment.id());
      sink.consume(payment.amount());
      sink.consume(payment.status());
      sink.consume(payment.links().mandate());
    }
    sink.consume(decoded.after());
  }
}

package io.gcflux.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.gcflux.benchmarks.load.PaymentDtos.Created;
import io.gcflux.benchmarks.load.PaymentDtos.PageDto;
import io.gcflux.benchmarks.load.PaymentDtos.PaymentDto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The baseline: a bare Reactor Netty client and Jackson making the same HTTP calls as gcflux, with
 * the same headers, decoding into {@link PaymentDtos}. No retries, no timeouts, no error mapping:
 * the least a client can do.
 */
final class RawDriver implements LoadDriver {
  private final ConnectionProvider pool;
  private final HttpClient http;
  private final ObjectWriter requestWriter;
  private final ObjectReader createdReader;
  private final ObjectReader pageReader;

  RawDriver(String baseUrl, int connections) {
    ObjectMapper mapper = new ObjectMapper();
    this.requestWriter = mapper.writerFor(PaymentDtos.CreateRequest.class);
    this.createdReader = mapper.readerFor(Created.class);
    this.pageReader = mapper.readerFor(PageDto.class);
    this.pool = ConnectionProvider.builder("raw").maxConnections(connections).build();
    this.http =
        HttpClient.create(pool)
            .baseUrl(baseUrl)
            .headers(
                headers ->
                    headers
                        .set("Authorization", "Bearer " + TOKEN)
                        .set("GoCardless-Version", API_VERSION)
                        .set("Accept", "application/json")
                        .set("User-Agent", "raw-load-driver"));
  }

  @Override
  public Mono<String> create() {
    return http.post()
        .uri("/payments")
        .send(
            (request, out) -> {
              request
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", idempotencyKey());
              return out.sendByteArray(
                  Mono.fromCallable(
                      () -> requestWriter.writeValueAsBytes(PaymentDtos.NEW_PAYMENT)));
            })
        .responseSingle(
            (response, bytes) -> {
              if (response.status().code() != 201) {
                return Mono.error(
                    new IllegalStateException("POST /payments: " + response.status()));
              }
              return bytes.asByteArray();
            })
        .map(bytes -> this.<Created>decode(createdReader, bytes).payments().id());
  }

  @Override
  public Flux<Long> export() {
    return fetch(null)
        .expand(
            page ->
                page.meta().cursors().after() == null
                    ? Mono.empty()
                    : fetch(page.meta().cursors().after()))
        .concatMapIterable(PageDto::payments)
        .map(PaymentDto::amount);
  }

  private Mono<PageDto> fetch(String after) {
    String uri = after == null ? "/payments?limit=500" : "/payments?limit=500&after=" + after;
    return http.get()
        .uri(uri)
        .responseSingle(
            (response, bytes) -> {
              if (response.status().code() != 200) {
                return Mono.error(new IllegalStateException("GET /payments: " + response.status()));
              }
              return bytes.asByteArray();
            })
        .map(bytes -> decode(pageReader, bytes));
  }

  private <T> T decode(ObjectReader reader, byte[] bytes) {
    try {
      return reader.readValue(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A version-4 UUID from ThreadLocalRandom, as gcflux makes them: cheap and never blocking.
  private static String idempotencyKey() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }

  @Override
  public void close() {
    pool.dispose();
  }
}

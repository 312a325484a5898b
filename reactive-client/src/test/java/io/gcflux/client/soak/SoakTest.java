package io.gcflux.client.soak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.PoolStats;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Mixed calls against {@link FaultServer} in its own JVM, a share of them faulted. The default
 * build runs a few thousand calls; {@code mvn -B -Psoak ...} (see the README) runs 200,000 at
 * concurrency 256 with Netty's paranoid leak detection. Sizes come from {@code -Dsoak.calls},
 * {@code -Dsoak.concurrency}, {@code -Dsoak.faultRate}.
 */
class SoakTest {
  private static final int CALLS = Integer.getInteger("soak.calls", 3_000);
  private static final int CONCURRENCY = Integer.getInteger("soak.concurrency", 64);
  private static final String FAULT_RATE = System.getProperty("soak.faultRate", "0.05");
  private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1_000);
  private static final Duration STALL = Duration.ofMillis(1_500);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
  // A call still running this long after its own deadline is a hang, not a slow call.
  private static final Duration HANG = CALL_TIMEOUT.plusSeconds(10);
  // The full soak runs alone in its JVM; the quick one shares it with the other tests' garbage.
  private static final long HEAP_SLACK_BYTES =
      Boolean.getBoolean("soak.strictHeap") ? 0 : 16L * 1024 * 1024;

  private final ListAppender<ILoggingEvent> leaks = new ListAppender<>();
  private final Logger leakLogger =
      (Logger) LoggerFactory.getLogger("io.netty.util.ResourceLeakDetector");
  private final Queue serverOutput = new Queue();
  private Process server;
  private String baseUrl;
  private GoCardlessClient client;

  private static final class Queue extends ConcurrentLinkedQueue<String> {
    private static final long serialVersionUID = 1L;
  }

  @BeforeEach
  void startServerAndClient() throws Exception {
    leaks.start();
    leakLogger.addAppender(leaks);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                // The client is under test; the server samples leaks to spare the shared CPU.
                "-Dio.netty.leakDetection.level=simple",
                "-cp",
                System.getProperty("java.class.path"),
                FaultServer.class.getName(),
                FAULT_RATE,
                String.valueOf(STALL.toMillis()))
            .redirectErrorStream(true)
            .start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  if (line.startsWith("LISTENING ")) {
                    port.complete(Integer.parseInt(line.substring("LISTENING ".length())));
                  }
                  serverOutput.add(line);
                }
              } catch (java.io.IOException ignored) {
                // The process ended.
              }
              port.completeExceptionally(new IllegalStateException("fault server exited"));
            },
            "soak-server-output");
    reader.setDaemon(true);
    reader.start();
    baseUrl = "http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS);
    client =
        GoCardlessClient.builder()
            .accessToken("soak-token")
            .baseUrl(baseUrl)
            .responseTimeout(RESPONSE_TIMEOUT)
            .callTimeout(CALL_TIMEOUT)
            .maxConnections(128)
            .pendingAcquireMaxCount(10_000)
            .pendingAcquireTimeout(CALL_TIMEOUT)
            .compress(false)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(4)
                    .baseDelay(Duration.ofMillis(20))
                    .maxDelay(Duration.ofMillis(500))
                    .build())
            .build();
  }

  @AfterEach
  void stop() {
    leakLogger.detachAppender(leaks);
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.destroy();
    }
  }

  /** What became of each call. */
  private static final class Tally {
    final LongAdder succeeded = new LongAdder();
    final LongAdder typedFailures = new LongAdder();
    final LongAdder untyped = new LongAdder();
    final LongAdder hung = new LongAdder();
    final LongAdder creates = new LongAdder();
    final Map<String, Boolean> createdIds = new ConcurrentHashMap<>();
    final LongAdder duplicateIds = new LongAdder();
    final Map<String, LongAdder> failureKinds = new ConcurrentHashMap<>();

    void failed(Throwable e) {
      if (e instanceof TimeoutException) {
        hung.increment();
      } else if (e instanceof GoCardlessException) {
        typedFailures.increment();
      } else {
        untyped.increment();
        LoggerFactory.getLogger(SoakTest.class).error("A call failed with an untyped error", e);
      }
      failureKinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
    }
  }

  @Test
  void mixedCallsUnderRandomFaultsEndTypedWithoutDuplicatesLeaksOrHeldConnections()
      throws Exception {
    Tally tally = new Tally();
    int warmup = Math.min(2_000, CALLS / 10);
    run(warmup, tally);
    long heapBefore = heapAfterGc();
    long started = System.nanoTime();
    run(CALLS - warmup, tally);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    PoolStats pool = settledPool();
    // The ids kept to spot duplicates are the test's memory, not the client's.
    tally.createdIds.clear();
    long heapAfter = heapAfterGc();
    JsonNode stats = new ObjectMapper().readTree(fetchStats());
    String summary =
        String.format(
            "SOAK calls=%d concurrency=%d seconds=%d succeeded=%d typedFailures=%d untyped=%d"
                + " hung=%d failureKinds=%s server=%s pool=%s heapBeforeMb=%.1f heapAfterMb=%.1f"
                + " leakReports=%d",
            CALLS,
            CONCURRENCY,
            seconds,
            tally.succeeded.sum(),
            tally.typedFailures.sum(),
            tally.untyped.sum(),
            tally.hung.sum(),
            tally.failureKinds,
            stats,
            pool,
            heapBefore / 1048576.0,
            heapAfter / 1048576.0,
            leakLines().size());
    System.out.println(summary);
    LoggerFactory.getLogger(SoakTest.class).info(summary);

    assertThat(tally.succeeded.sum() + tally.typedFailures.sum()).as(summary).isEqualTo(CALLS);
    assertThat(tally.untyped.sum()).as(summary).isZero();
    assertThat(tally.hung.sum()).as(summary).isZero();
    assertThat(stats.get("faults").asLong()).as("faults were injected").isPositive();
    assertThat(stats.get("maxResourcesPerKey").asLong()).as(summary).isLessThanOrEqualTo(1);
    assertThat(stats.get("keys").asLong())
        .as("one key per logical create")
        .isLessThanOrEqualTo(tally.creates.sum());
    assertThat(stats.get("createsWithoutKey").asLong()).as(summary).isZero();
    assertThat(tally.duplicateIds.sum()).as("two creates answered with one resource").isZero();
    assertThat(stats.get("repeatedCancels").asLong()).as(summary).isZero();
    assertThat(pool.acquired()).as(summary).isZero();
    assertThat(pool.pending()).as(summary).isZero();
    assertThat(leakLines()).as("Netty leak reports").isEmpty();
    assertThat(heapAfter)
        .as(summary)
        .isLessThanOrEqualTo((long) (heapBefore * 1.10) + HEAP_SLACK_BYTES);
  }

  private void run(int calls, Tally tally) {
    Flux.range(0, calls)
        .flatMap(i -> call(i, tally), CONCURRENCY)
        .then()
        .block(Duration.ofMinutes(30));
  }

  private Mono<Void> call(int i, Tally tally) {
    int kind = ThreadLocalRandom.current().nextInt(20);
    Mono<?> call;
    if (kind < 8) {
      call = client.payments().get("PM" + ThreadLocalRandom.current().nextInt(1_000_000));
    } else if (kind < 13) {
      tally.creates.increment();
      call =
          client
              .payments()
              .create(
                  PaymentCreateParams.builder()
                      .amount(1500)
                      .currency("GBP")
                      .links(PaymentCreateParams.Links.builder().mandate("MD1").build())
                      .build())
              .doOnNext(
                  payment -> {
                    if (tally.createdIds.put(payment.id(), Boolean.TRUE) != null) {
                      tally.duplicateIds.increment();
                    }
                  });
    } else if (kind < 18) {
      call = client.payments().list(PaymentListParams.builder().limit(50).build());
    } else {
      call =
          client.payments().cancel("PMC" + i + "x" + ThreadLocalRandom.current().nextInt(1 << 30));
    }
    return call.timeout(HANG)
        .doOnSuccess(ok -> tally.succeeded.increment())
        .doOnError(tally::failed)
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  private PoolStats settledPool() {
    return Flux.interval(Duration.ofMillis(20))
        .map(tick -> client.poolStats())
        .filter(stats -> stats.acquired() == 0 && stats.pending() == 0)
        .next()
        .timeout(Duration.ofSeconds(5), Mono.fromSupplier(client::poolStats))
        .block();
  }

  private List<String> leakLines() {
    List<String> found = new java.util.ArrayList<>();
    leaks.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .filter(line -> line.contains("LEAK:"))
        .forEach(found::add);
    serverOutput.stream().filter(line -> line.contains("LEAK:")).forEach(found::add);
    return found;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private String fetchStats() throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/__stats")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}

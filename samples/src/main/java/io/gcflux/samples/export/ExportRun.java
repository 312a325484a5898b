package io.gcflux.samples.export;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.model.Payment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Streams N payments (default 1,000,000) from a {@link SyntheticPaymentsServer} in a separate
 * process through {@code client.payments().all()}, and prints records per second and this JVM's
 * peak heap. Run it with a small heap ({@code -Xmx64m}) to show the stream holds constant memory.
 *
 * <p>The baseline, measured in the same run against the same server, fetches the same pages with a
 * bare Reactor Netty client and discards the bytes: the speed of the network and server alone.
 */
public final class ExportRun {
  private ExportRun() {}

  public static void main(String[] args) throws Exception {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Process server = startServer(total);
    try {
      int port = awaitPort(server);
      String baseUrl = "http://127.0.0.1:" + port;
      System.out.printf(
          Locale.ROOT,
          "Streaming %,d payments from a separate server process (%s), client -Xmx%dm%n",
          total,
          baseUrl,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));

      Result baseline = measure(() -> rawPages(baseUrl, total));
      System.out.printf(Locale.ROOT, "baseline (raw pages, no decoding): %s%n", baseline);

      try (GoCardlessClient client =
          GoCardlessClient.builder()
              .accessToken("export-run")
              .baseUrl(baseUrl)
              .pagePrefetch(1)
              .build()) {
        AtomicLong amountSum = new AtomicLong();
        Result gcflux =
            measure(
                () ->
                    client
                        .payments()
                        .all()
                        .doOnNext(payment -> amountSum.addAndGet(amountOf(payment)))
                        .count()
                        .block(Duration.ofMinutes(30)));
        System.out.printf(Locale.ROOT, "gcflux all() (typed, decoded):     %s%n", gcflux);
        System.out.printf(
            Locale.ROOT,
            "ratio gcflux/baseline records/s: %.2f; peak heap %.1f MB of %d MB max%n",
            gcflux.perSecond() / baseline.perSecond(),
            gcflux.peakHeapBytes / (1024.0 * 1024.0),
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (gcflux.records != total) {
          throw new IllegalStateException("expected " + total + " records, got " + gcflux.records);
        }
      }
    } finally {
      server.destroy();
    }
  }

  private static long amountOf(Payment payment) {
    Long amount = payment.amount();
    return amount == null ? 0 : amount;
  }

  private static long rawPages(String baseUrl, long total) {
    HttpClient http = HttpClient.create().baseUrl(baseUrl);
    AtomicLong received = new AtomicLong();
    long pages = (total + 499) / 500;
    Flux.range(0, (int) pages)
        .concatMap(
            page -> {
              String after =
                  page == 0 ? "" : "&after=" + SyntheticPaymentsServer.id((long) page * 500 - 1);
              return http.get()
                  .uri("/payments?limit=500" + after)
                  .responseSingle((response, body) -> body.asByteArray())
                  .doOnNext(bytes -> received.addAndGet(Math.min(500, total - page * 500L)));
            })
        .then(Mono.empty())
        .block(Duration.ofMinutes(30));
    return received.get();
  }

  private static Result measure(java.util.function.LongSupplier run) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long started = System.nanoTime();
    long records = run.getAsLong();
    long elapsed = System.nanoTime() - started;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new Result(records, elapsed, peak);
  }

  private static Process startServer(long total) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            SyntheticPaymentsServer.class.getName(),
            "0",
            Long.toString(total))
        .redirectErrorStream(true)
        .start();
  }

  private static int awaitPort(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("listening on ")) {
        return Integer.parseInt(line.substring("listening on ".length()).trim());
      }
    }
    throw new IllegalStateException("the payments server exited before it listened");
  }

  /** One measured run. */
  private record Result(long records, long elapsedNanos, long peakHeapBytes) {
    double perSecond() {
      return records / (elapsedNanos / 1e9);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d records in %.2f s = %,.0f records/s, peak heap %.1f MB",
          records,
          elapsedNanos / 1e9,
          perSecond(),
          peakHeapBytes / (1024.0 * 1024.0));
    }
  }
}

package io.gcflux.samples.batch;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.batch.BatchCreates;
import io.gcflux.client.batch.BatchItem;
import io.gcflux.client.batch.BatchOutcome;
import io.gcflux.client.batch.BatchProgress;
import io.gcflux.client.batch.BatchRun;
import io.gcflux.client.call.RateLimit;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.samples.SampleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * {@code batch --input FILE --outcomes FILE}: creates one payment per input row through {@link
 * BatchCreates} and writes each row's outcome. Rows already in the outcome file are skipped, so
 * running the same command again after a crash or a network outage finishes the rest, and the
 * idempotency keys make sure a row sent before the crash is not created twice.
 */
public final class BatchCommand {
  /** The exit status when some rows are still pending. */
  public static final int EXIT_PENDING = 3;

  private final GoCardlessClient client;
  private final BatchOptions options;
  private final PrintStream out;
  private final PrintStream err;

  public BatchCommand(
      GoCardlessClient client, BatchOptions options, PrintStream out, PrintStream err) {
    this.client = client;
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Runs the batch to its end and prints the summary; returns the process exit status. */
  public int run() {
    Summary summary = new Summary();
    long started = System.nanoTime();
    long startedMillis = System.currentTimeMillis();
    try (OutcomeFile outcomes = OutcomeFile.open(options.outcomes())) {
      summary.skipped = outcomes.doneCount();
      outcomes(outcomes, summary).then().block(options.maxDuration().plusMinutes(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    RateLimit limit = client.rateLimit();
    out.printf(
        Locale.ROOT,
        "Batch finished in %.1f s: %,d created, %,d failed, %,d pending, %,d skipped (already in"
            + " %s)%n",
        seconds,
        summary.created.get(),
        summary.failed.get(),
        summary.pending.get(),
        summary.skipped,
        options.outcomes().getFileName());
    long sent = summary.created.get() + summary.apiFailed.get();
    out.printf(Locale.ROOT, "Throughput: %.1f rows/s sent to the API%n", sent / seconds);
    if (limit.limit() != null) {
      // GoCardless counts requests per clock minute: a short run that spans part of one minute
      // and part of the next may use two minutes' budget, so its ceiling is per window touched.
      long windows = minuteOf(System.currentTimeMillis()) - minuteOf(startedMillis) + 1;
      out.printf(
          Locale.ROOT,
          "Rate limit: %,d requests per minute (%.1f/s sustained); this run touched %d minute"
              + " windows, a ceiling of %,d requests = %.1f rows/s over its %.1f s%n",
          limit.limit(),
          limit.limit() / 60.0,
          windows,
          limit.limit() * windows,
          limit.limit() * windows / seconds,
          seconds);
    }
    long retries = summary.run == null ? 0 : summary.run.progress().retries();
    out.printf(
        Locale.ROOT, "Retries after a transient failure (network, 5xx, 429): %,d%n", retries);
    if (summary.pending.get() > 0) {
      out.printf(
          Locale.ROOT,
          "%,d rows are still pending after network trouble and have no outcome line: run the"
              + " same command again to finish them (no payment is created twice)%n",
          summary.pending.get());
      return EXIT_PENDING;
    }
    return 0;
  }

  /**
   * Streams the outcomes of the rows not yet in the outcome file, writing each line as it comes;
   * cancelling it stops the batch as a kill would, minus the process.
   */
  Flux<BatchOutcome<Payment>> outcomes(OutcomeFile outcomes, Summary summary) {
    BatchCreates batch =
        BatchCreates.namespace(options.namespace())
            .concurrency(options.concurrency())
            .maxDuration(options.maxDuration());
    Set<String> seen = new HashSet<>();
    Flux<BatchItem<PaymentCreateParams>> items =
        rows()
            .filter(row -> !outcomes.isDone(row.rowId()))
            .filter(
                row -> {
                  if (!seen.add(row.rowId())) {
                    err.println("Skipping a second row with row_id " + row.rowId());
                    return false;
                  }
                  if (row.problem() != null) {
                    summary.failed.incrementAndGet();
                    outcomes.failed(row.rowId(), "invalid_row", row.problem());
                    return false;
                  }
                  return true;
                })
            .map(row -> BatchItem.of(row.rowId(), row.params()));
    BatchRun<Payment> run =
        batch.run(
            items.subscribeOn(Schedulers.boundedElastic()),
            (params, requestOptions) ->
                client.payments().withResponse().create(params, requestOptions));
    summary.run = run;
    Flux<BatchProgress> progress =
        run.progress(options.progressEvery())
            .doOnNext(p -> err.println(describe(p)))
            .subscribeOn(Schedulers.boundedElastic());
    return run.outcomes()
        // The outcome file is written off the Netty threads, one line at a time.
        .publishOn(Schedulers.boundedElastic())
        .doOnNext(outcome -> record(outcome, outcomes, summary))
        .mergeWith(progress.thenMany(Flux.empty()));
  }

  private static long minuteOf(long epochMillis) {
    return epochMillis / 60_000;
  }

  private static void record(BatchOutcome<Payment> outcome, OutcomeFile outcomes, Summary summary) {
    if (outcome instanceof BatchOutcome.Created<Payment> created) {
      summary.created.incrementAndGet();
      outcomes.created(created.key(), created.resource().id());
    } else if (outcome instanceof BatchOutcome.Failed<Payment> failed) {
      summary.failed.incrementAndGet();
      summary.apiFailed.incrementAndGet();
      outcomes.failed(failed.key(), failed.errorType(), failed.reason());
    } else {
      summary.pending.incrementAndGet();
    }
  }

  private Flux<PaymentRow> rows() {
    return Flux.<PaymentRow, BufferedReader>using(
        () -> Files.newBufferedReader(options.input(), StandardCharsets.UTF_8),
        reader ->
            Flux.fromStream(reader.lines())
                .index()
                .handle(
                    (line, sink) -> {
                      long number = line.getT1() + 1;
                      List<String> fields = CsvLine.parse(line.getT2());
                      if (number == 1) {
                        if (!fields.equals(PaymentRow.HEADER)) {
                          sink.error(
                              new SampleException(
                                  options.input()
                                      + " must start with the header "
                                      + String.join(",", PaymentRow.HEADER)));
                        }
                      } else if (!line.getT2().isBlank()) {
                        sink.next(PaymentRow.parse(fields, (int) number));
                      }
                    }),
        BatchCommand::closeQuietly);
  }

  private static void closeQuietly(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(BatchProgress p) {
    return String.format(
        Locale.ROOT,
        "batch: %,d created, %,d failed, %,d pending, %,d in flight, %,d retries, %.1f rows/s",
        p.created(),
        p.failed(),
        p.pending(),
        p.inFlight(),
        p.retries(),
        p.rowsPerSecond());
  }

  /** Counts for the final summary, local rejections included. */
  static final class Summary {
    final AtomicLong created = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong apiFailed = new AtomicLong();
    final AtomicLong pending = new AtomicLong();
    long skipped;
    volatile BatchRun<Payment> run;
  }

  /**
   * The command's settings.
   *
   * @param input the input CSV
   * @param outcomes the outcome CSV, created or appended to
   * @param concurrency rows in flight at once
   * @param namespace scopes the idempotency keys; the same on every run of the same input
   * @param maxDuration how long the run may retry before leaving rows pending
   * @param progressEvery how often progress goes to stderr
   */
  public record BatchOptions(
      Path input,
      Path outcomes,
      int concurrency,
      String namespace,
      Duration maxDuration,
      Duration progressEvery) {}
}

package io.gcflux.samples.export;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.export.CsvFormat;
import io.gcflux.client.export.ExportFormat;
import io.gcflux.client.export.ExportProgress;
import io.gcflux.client.export.ResumableExport;
import io.gcflux.core.Page;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import reactor.core.publisher.Flux;

/**
 * {@code export --out FILE}: streams every payment (optionally created in {@code [from, to)}) to
 * NDJSON or CSV through {@link ResumableExport}, with progress on stderr; with a checkpoint file a
 * killed export resumes where its last durable page ended.
 */
public final class ExportCommand {
  /** The CSV columns of the export. */
  static final CsvFormat<Payment> CSV =
      CsvFormat.<Payment>builder()
          .column("id", Payment::id)
          .column("created_at", Payment::createdAt)
          .column("charge_date", Payment::chargeDate)
          .column("amount", Payment::amount)
          .column("currency", Payment::currency)
          .column("status", Payment::status)
          .column("reference", Payment::reference)
          .column("mandate", p -> p.links() == null ? null : p.links().mandate())
          .build();

  private final GoCardlessClient client;
  private final ExportOptions options;
  private final PrintStream out;
  private final PrintStream err;

  public ExportCommand(
      GoCardlessClient client, ExportOptions options, PrintStream out, PrintStream err) {
    this.client = client;
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Runs the export to its end and prints the summary; returns the process exit status. */
  public int run() {
    long[] lastPrinted = {0};
    ExportProgress last =
        export()
            .doOnNext(
                progress -> {
                  long now = System.nanoTime();
                  if (now - lastPrinted[0] >= options.progressEvery().toNanos()
                      || progress.complete()) {
                    lastPrinted[0] = now;
                    err.println(describe(progress));
                  }
                })
            .blockLast();
    out.printf(
        Locale.ROOT,
        "Exported %,d payments to %s (%,d in this run, %.0f records/s)%n",
        last.records(),
        options.out(),
        last.recordsThisRun(),
        last.recordsPerSecond());
    return 0;
  }

  /** The export's progress, one report per durable page; cancelling it is a kill, minus the JVM. */
  public Flux<ExportProgress> export() {
    ResumableExport<Payment> export =
        ResumableExport.of(this::pagesAfter).to(options.out(), format());
    if (options.checkpoint() != null) {
      export = export.checkpoint(options.checkpoint());
    }
    if (options.expectedTotal() != null) {
      export = export.expectedTotal(options.expectedTotal());
    }
    return export.run();
  }

  private Flux<Page<Payment>> pagesAfter(String cursor) {
    PaymentListParams.Builder params = PaymentListParams.builder().limit(options.pageSize());
    if (cursor != null) {
      params.after(cursor);
    }
    if (options.from() != null || options.to() != null) {
      PaymentListParams.CreatedAt.Builder range = PaymentListParams.CreatedAt.builder();
      if (options.from() != null) {
        range.gte(options.from());
      }
      if (options.to() != null) {
        range.lt(options.to());
      }
      params.createdAt(range.build());
    }
    return client.payments().pages(params.build());
  }

  private ExportFormat<Payment> format() {
    return options.csv() ? CSV : ExportFormat.ndjson();
  }

  private static String describe(ExportProgress progress) {
    return String.format(
        Locale.ROOT,
        "export: %,d records (%,d this run, %,d pages), %.0f records/s%s%s",
        progress.records(),
        progress.recordsThisRun(),
        progress.pages(),
        progress.recordsPerSecond(),
        progress.eta().map(eta -> ", ETA " + eta.toSeconds() + " s").orElse(""),
        progress.complete() ? ", complete" : "");
  }

  /**
   * The command's settings.
   *
   * @param out the output file
   * @param csv CSV instead of NDJSON
   * @param checkpoint the checkpoint file, or {@code null} to start over each run
   * @param from the inclusive start of {@code created_at}, or {@code null}
   * @param to the exclusive end of {@code created_at}, or {@code null}
   * @param expectedTotal how many payments to expect, for an ETA, or {@code null}
   * @param pageSize payments per page
   * @param progressEvery the least time between progress lines
   */
  public record ExportOptions(
      Path out,
      boolean csv,
      Path checkpoint,
      OffsetDateTime from,
      OffsetDateTime to,
      Long expectedTotal,
      int pageSize,
      Duration progressEvery) {}
}

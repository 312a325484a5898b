package io.gcflux.client.export;

import java.nio.file.Path;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Exports every item of a list action to a file in constant memory, and resumes after a crash with
 * every record in the file exactly once.
 *
 * <pre>{@code
 * Flux<ExportProgress> export = ResumableExport
 *     .of(cursor -> client.payments().pages(PaymentListParams.builder().after(cursor).build()))
 *     .to(Path.of("payments.ndjson"), ExportFormat.ndjson())
 *     .checkpoint(Path.of("payments.checkpoint"))
 *     .run();
 * }</pre>
 *
 * <p>After each page the file is forced to disk, then the checkpoint (the page's {@code after}
 * cursor and the file's committed length) is replaced atomically. A run that finds a checkpoint
 * cuts the file back to the committed length, dropping a page half written by the crash, and
 * continues after the cursor. A complete checkpoint makes {@code run()} a no-op: delete it (and the
 * output) to export again. Pages are fetched one at a time as the file takes them, and all file
 * work runs on {@link Schedulers#boundedElastic()}, never on a Netty event loop.
 *
 * <p>Immutable: each method returns a new configuration.
 *
 * @param <T> the record type
 */
public final class ResumableExport<T> {
  private final PageSource<T> source;
  private final Path output;
  private final ExportFormat<T> format;
  private final Path checkpoint;
  private final Long expectedTotal;

  private ResumableExport(
      PageSource<T> source,
      Path output,
      ExportFormat<T> format,
      Path checkpoint,
      Long expectedTotal) {
    this.source = source;
    this.output = output;
    this.format = format;
    this.checkpoint = checkpoint;
    this.expectedTotal = expectedTotal;
  }

  /** An export of the pages {@code source} streams from a cursor on. */
  public static <T> ResumableExport<T> of(PageSource<T> source) {
    return new ResumableExport<>(Objects.requireNonNull(source, "source"), null, null, null, null);
  }

  /** The file to write and its format, {@link ExportFormat#ndjson()} or a {@link CsvFormat}. */
  public ResumableExport<T> to(Path output, ExportFormat<T> format) {
    return new ResumableExport<>(
        source,
        Objects.requireNonNull(output, "output"),
        Objects.requireNonNull(format, "format"),
        checkpoint,
        expectedTotal);
  }

  /**
   * The checkpoint file that makes the export resumable. Without one every run starts over,
   * truncating the output.
   */
  public ResumableExport<T> checkpoint(Path checkpoint) {
    return new ResumableExport<>(
        source, output, format, Objects.requireNonNull(checkpoint, "checkpoint"), expectedTotal);
  }

  /** The number of records you expect in all, so progress can tell an ETA. */
  public ResumableExport<T> expectedTotal(long expectedTotal) {
    if (expectedTotal < 0) {
      throw new IllegalArgumentException("expectedTotal must not be negative");
    }
    return new ResumableExport<>(source, output, format, checkpoint, expectedTotal);
  }

  /**
   * Runs the export: emits the progress after each durably written page (the last one says {@link
   * ExportProgress#complete()}), then completes. Cancelling stops it after the page being written;
   * run it again to resume.
   */
  public Flux<ExportProgress> run() {
    if (output == null) {
      throw new IllegalStateException("call to(path, format) before run()");
    }
    return Flux.usingWhen(
        Mono.fromCallable(() -> ExportSession.open(output, checkpoint, format, expectedTotal))
            .subscribeOn(Schedulers.boundedElastic()),
        this::write,
        session ->
            Mono.fromCallable(() -> close(session)).subscribeOn(Schedulers.boundedElastic()));
  }

  private Flux<ExportProgress> write(ExportSession<T> session) {
    if (session.complete()) {
      return Flux.just(session.progress());
    }
    return source
        .pagesAfter(session.cursor())
        // A prefetch of one page: the next page is fetched while this one is written, no more,
        // which keeps memory constant however long the export.
        .publishOn(Schedulers.boundedElastic(), 1)
        .concatMap(page -> Mono.fromCallable(() -> session.commit(page)), 0)
        .concatWith(Mono.fromCallable(session::finish).subscribeOn(Schedulers.boundedElastic()));
  }

  private static boolean close(ExportSession<?> session) throws java.io.IOException {
    session.close();
    return true;
  }

  @Override
  public String toString() {
    return "ResumableExport{output=" + output + ", checkpoint=" + checkpoint + "}";
  }
}

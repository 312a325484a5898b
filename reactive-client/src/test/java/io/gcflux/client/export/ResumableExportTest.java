package io.gcflux.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exports from the emulator, interrupted, damaged and resumed. */
class ResumableExportTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int SEEDED = 1_234;

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private static List<String> seeded;

  @TempDir Path dir;
  private GoCardlessClient client;

  @BeforeAll
  static void seed() {
    seeded = EMULATOR.emulator().seedPayments(SEEDED);
  }

  @BeforeEach
  void buildClient() {
    client =
        GoCardlessClient.builder()
            .accessToken(EMULATOR.accessToken())
            .baseUrl(EMULATOR.baseUrl())
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void anInterruptedNdjsonExportResumedHoldsEverySeededPaymentExactlyOnce() throws IOException {
    Path out = dir.resolve("payments.ndjson");
    Path checkpoint = dir.resolve("payments.checkpoint");
    ResumableExport<Payment> export =
        ResumableExport.of(this::pagesOf100).to(out, ExportFormat.ndjson()).checkpoint(checkpoint);

    List<ExportProgress> firstRun = export.run().take(3).collectList().block(WAIT);

    assertThat(firstRun).extracting(ExportProgress::records).containsExactly(100L, 200L, 300L);
    ExportCheckpoint saved = ExportCheckpoint.read(checkpoint).orElseThrow();
    assertThat(saved.records()).isEqualTo(300);
    assertThat(saved.complete()).isFalse();
    assertThat(Files.size(out)).isEqualTo(saved.committedBytes());
    // A crash in the middle of the next page leaves what it wrote past the committed length:
    // more than the rest of the export will write, so only cutting it off removes it.
    Files.writeString(
        out, "{\"id\":\"PM-half-written\"}\n".repeat(50_000), StandardOpenOption.APPEND);

    ExportProgress last = export.run().blockLast(WAIT);

    assertThat(last.complete()).isTrue();
    assertThat(last.records()).isEqualTo(SEEDED);
    assertThat(last.recordsThisRun()).isEqualTo(SEEDED - 300);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(countById(lines, l -> GoCardlessJson.fromJson(l, Payment.class).id()))
        .containsOnlyKeys(seeded)
        .allSatisfy((id, count) -> assertThat(count).isOne());
  }

  @Test
  void anInterruptedCsvExportResumedWritesItsHeaderOnceAndEveryPaymentOnce() throws IOException {
    Path out = dir.resolve("payments.csv");
    Path checkpoint = dir.resolve("payments.checkpoint");
    CsvFormat<Payment> csv =
        CsvFormat.<Payment>builder()
            .column("id", Payment::id)
            .column("amount", Payment::amount)
            .column("reference", Payment::reference)
            .build();
    ResumableExport<Payment> export =
        ResumableExport.of(this::pagesOf100).to(out, csv).checkpoint(checkpoint);

    export.run().take(5).blockLast(WAIT);
    export.run().blockLast(WAIT);

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("id,amount,reference");
    assertThat(lines).filteredOn(l -> l.startsWith("id,")).hasSize(1);
    List<String> records = lines.subList(1, lines.size());
    assertThat(countById(records, l -> l.split(",")[0]))
        .containsOnlyKeys(seeded)
        .allSatisfy((id, count) -> assertThat(count).isOne());
    assertThat(records).contains(seeded.get(0) + ",1000,SEED-1");
  }

  @Test
  void aCompleteExportRunAgainFetchesNothingAndLeavesTheFileAlone() throws IOException {
    Path out = dir.resolve("payments.ndjson");
    Path checkpoint = dir.resolve("payments.checkpoint");
    ResumableExport<Payment> export =
        ResumableExport.of(this::pagesOf100).to(out, ExportFormat.ndjson()).checkpoint(checkpoint);
    export.run().blockLast(WAIT);
    long size = Files.size(out);
    EMULATOR.emulator().wireMock().resetRequests();

    List<ExportProgress> again = export.run().collectList().block(WAIT);

    assertThat(again).hasSize(1);
    assertThat(again.get(0).complete()).isTrue();
    assertThat(again.get(0).records()).isEqualTo(SEEDED);
    assertThat(EMULATOR.emulator().requests()).isEmpty();
    assertThat(Files.size(out)).isEqualTo(size);
  }

  @Test
  void progressGivesAnEtaWhenTheTotalIsKnown() {
    Path out = dir.resolve("payments.ndjson");
    List<ExportProgress> progress =
        ResumableExport.of(this::pagesOf100)
            .to(out, ExportFormat.ndjson())
            .expectedTotal(SEEDED)
            .run()
            .collectList()
            .block(WAIT);

    assertThat(progress).hasSize(13);
    assertThat(progress.get(12).complete()).isTrue();
    assertThat(progress.get(0).eta()).isPresent();
    assertThat(progress.get(0).recordsPerSecond()).isPositive();
    assertThat(progress.get(progress.size() - 1).eta()).contains(Duration.ZERO);
  }

  @Test
  void withoutACheckpointEveryRunStartsTheFileOver() throws IOException {
    Path out = dir.resolve("payments.ndjson");
    Files.writeString(out, "stale content from another export\n");

    ResumableExport.of(this::pagesOf100).to(out, ExportFormat.ndjson()).run().blockLast(WAIT);

    assertThat(Files.readAllLines(out)).hasSize(SEEDED).noneMatch(l -> l.startsWith("stale"));
  }

  private reactor.core.publisher.Flux<io.gcflux.core.Page<Payment>> pagesOf100(String cursor) {
    return client.payments().pages(PaymentListParams.builder().limit(100).after(cursor).build());
  }

  private static Map<String, Long> countById(List<String> lines, Function<String, String> id) {
    return lines.stream().collect(Collectors.groupingBy(id, Collectors.counting()));
  }
}

package io.gcflux.samples.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Payment;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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

/** The export command's code path against the emulator: faults, an interruption, a resume. */
class ExportCommandTest {
  private static final int SEEDED = 1_050;

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private static List<String> seeded;

  @TempDir Path dir;
  private GoCardlessClient client;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

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
  void anInterruptedNdjsonExportResumedHoldsEverySeededPaymentOnce() throws IOException {
    Path file = dir.resolve("payments.ndjson");
    EMULATOR.faults().next(2).on("GET", "/payments").respondWith(Fault.CONNECTION_RESET);
    command(file, false).export().take(4).blockLast(Duration.ofSeconds(60));
    Files.writeString(file, "{\"id\":\"PM-cut-sh", StandardOpenOption.APPEND);
    EMULATOR.faults().next(1).on("GET", "/payments").respondWith(Fault.SERVER_ERROR);

    int status = command(file, false).run();

    assertThat(status).isZero();
    assertThat(
            countIds(Files.readAllLines(file), l -> GoCardlessJson.fromJson(l, Payment.class).id()))
        .containsOnlyKeys(seeded)
        .allSatisfy((id, n) -> assertThat(n).isOne());
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Exported 1,050 payments to " + file + " (650 in this run");
  }

  @Test
  void anInterruptedCsvExportResumedHoldsItsHeaderAndEveryPaymentOnce() throws IOException {
    Path file = dir.resolve("payments.csv");
    command(file, true).export().take(2).blockLast(Duration.ofSeconds(60));

    command(file, true).run();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0))
        .isEqualTo("id,created_at,charge_date,amount,currency,status,reference,mandate");
    assertThat(countIds(lines.subList(1, lines.size()), l -> l.split(",")[0]))
        .containsOnlyKeys(seeded)
        .allSatisfy((id, n) -> assertThat(n).isOne());
  }

  private ExportCommand command(Path file, boolean csv) {
    ExportCommand.ExportOptions options =
        new ExportCommand.ExportOptions(
            file,
            csv,
            file.resolveSibling(file.getFileName() + ".checkpoint"),
            null,
            null,
            (long) SEEDED,
            100,
            Duration.ofSeconds(1));
    PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
    return new ExportCommand(client, options, printer, printer);
  }

  private static Map<String, Long> countIds(List<String> lines, Function<String, String> id) {
    return lines.stream().collect(Collectors.groupingBy(id, Collectors.counting()));
  }
}

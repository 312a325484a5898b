package io.gcflux.samples.batch;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The batch command's code path against the emulator: faults, an interruption, a re-run. */
class BatchCommandTest {
  private static final int VALID_ROWS = 60;

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  @TempDir Path dir;
  private GoCardlessClient client;
  private Path input;
  private Path outcomes;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    client =
        GoCardlessClient.builder()
            .accessToken(EMULATOR.accessToken())
            .baseUrl(EMULATOR.baseUrl())
            .responseTimeout(Duration.ofSeconds(5))
            .build();
    List<String> mandates = EMULATOR.emulator().seedMandates(5);
    List<String> lines = new ArrayList<>();
    lines.add("row_id,mandate_id,amount,currency,reference");
    for (int i = 1; i <= VALID_ROWS; i++) {
      lines.add("r" + i + "," + mandates.get(i % 5) + "," + (100 + i) + ",GBP,REF-" + i);
    }
    lines.add("bad-negative," + mandates.get(0) + ",-250,GBP,");
    lines.add("bad-currency," + mandates.get(0) + ",250,XYZ,");
    lines.add("bad-no-mandate,,250,GBP,");
    lines.add("bad-amount," + mandates.get(0) + ",2.50,GBP,");
    input = dir.resolve("input.csv");
    Files.write(input, lines, StandardCharsets.UTF_8);
    outcomes = dir.resolve("outcomes.csv");
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aBatchInterruptedAndRunAgainEndsWithOnePaymentPerValidRowAndOneOutcomePerRow()
      throws IOException {
    EMULATOR.faults().next(3).on("POST", "/payments").respondWith(Fault.CONNECTION_RESET);
    EMULATOR.faults().next(3).on("POST", "/payments").respondWith(Fault.SERVER_ERROR);
    EMULATOR.faults().next(1).on("POST", "/payments").respondWith(Fault.rateLimited(1));
    // Slow answers leave rows in flight, created at the API but not yet heard of, when the
    // first run is cut off.
    EMULATOR
        .faults()
        .always()
        .on("POST", "/payments")
        .respondWith(Fault.fixedDelay(Duration.ofMillis(100)));
    try (OutcomeFile file = OutcomeFile.open(outcomes)) {
      command(Duration.ofMinutes(2))
          .outcomes(file, new BatchCommand.Summary())
          .take(20)
          .blockLast(Duration.ofSeconds(60));
    }
    int linesAfterInterruption = outcomeLines().size();
    assertThat(linesAfterInterruption).isBetween(20, VALID_ROWS + 4 - 1);
    assertThat(paymentsPerRow().size()).isGreaterThan(linesAfterInterruption - 4);

    EMULATOR.faults().clear();
    EMULATOR.faults().next(2).on("POST", "/payments").respondWith(Fault.CONNECTION_RESET);
    int status = command(Duration.ofMinutes(2)).run();

    assertThat(status).isZero();
    Map<String, List<String>> byRow = outcomesByRow();
    assertThat(outcomeLines()).hasSize(VALID_ROWS + 4);
    assertThat(byRow).hasSize(VALID_ROWS + 4);
    Map<String, Long> payments = paymentsPerRow();
    assertThat(payments).hasSize(VALID_ROWS).allSatisfy((row, n) -> assertThat(n).isOne());
    for (int i = 1; i <= VALID_ROWS; i++) {
      List<String> line = byRow.get("r" + i);
      assertThat(line.get(1)).isEqualTo("created");
      assertThat(paymentIdOf("r" + i)).isEqualTo(line.get(2));
    }
    assertThat(byRow.get("bad-negative"))
        .containsExactly(
            "bad-negative",
            "failed",
            "",
            "validation_failed",
            "Validation failed: amount must be greater than 0");
    assertThat(byRow.get("bad-no-mandate"))
        .containsExactly(
            "bad-no-mandate",
            "failed",
            "",
            "validation_failed",
            "Validation failed: links.mandate is required");
    assertThat(byRow.get("bad-currency").get(3)).isEqualTo("invalid_row");
    assertThat(byRow.get("bad-currency").get(4)).startsWith("currency 'XYZ' is not one");
    assertThat(byRow.get("bad-amount").get(4))
        .isEqualTo("amount must be a whole number of minor units, was '2.50'");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 pending");
  }

  @Test
  void rowsLeftPendingByAnOutageGetNoOutcomeLineAndTheNextRunFinishesThem() throws IOException {
    EMULATOR.faults().always().on("POST", "/payments").respondWith(Fault.SERVICE_UNAVAILABLE);

    int first = command(Duration.ofSeconds(1)).run();

    assertThat(first).isEqualTo(BatchCommand.EXIT_PENDING);
    assertThat(outcomesByRow()).containsOnlyKeys("bad-currency", "bad-amount");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("62 rows are still pending after network trouble");
    assertThat(paymentsPerRow()).isEmpty();

    EMULATOR.faults().clear();
    int second = command(Duration.ofMinutes(2)).run();

    assertThat(second).isZero();
    assertThat(outcomeLines()).hasSize(VALID_ROWS + 4);
    assertThat(paymentsPerRow()).hasSize(VALID_ROWS);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 skipped");
  }

  @Test
  void aLineCutShortByAKillIsDroppedAndItsRowRunsAgain() throws IOException {
    command(Duration.ofMinutes(2)).run();
    List<String> lines = Files.readAllLines(outcomes, StandardCharsets.UTF_8);
    String lastRow = CsvLine.parse(lines.get(lines.size() - 1)).get(0);
    // Cut the last line in half, as a kill in the middle of a write would.
    String text = Files.readString(outcomes, StandardCharsets.UTF_8);
    Files.writeString(outcomes, text.substring(0, text.length() - 5), StandardCharsets.UTF_8);

    command(Duration.ofMinutes(2)).run();

    assertThat(outcomeLines()).hasSize(VALID_ROWS + 4);
    assertThat(outcomesByRow()).containsKey(lastRow);
    assertThat(paymentsPerRow()).hasSize(VALID_ROWS).allSatisfy((row, n) -> assertThat(n).isOne());
  }

  private BatchCommand command(Duration maxDuration) {
    BatchCommand.BatchOptions options =
        new BatchCommand.BatchOptions(
            input, outcomes, 4, "test/input.csv", maxDuration, Duration.ofSeconds(10));
    PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
    return new BatchCommand(client, options, printer, printer);
  }

  private List<String> outcomeLines() throws IOException {
    List<String> lines = Files.readAllLines(outcomes, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("row_id,status,payment_id,error_type,error_message");
    return lines.subList(1, lines.size());
  }

  private Map<String, List<String>> outcomesByRow() throws IOException {
    return outcomeLines().stream()
        .map(CsvLine::parse)
        .collect(Collectors.toMap(fields -> fields.get(0), Function.identity()));
  }

  private Map<String, Long> paymentsPerRow() {
    return payments().stream()
        .collect(Collectors.groupingBy(p -> p.metadata().get("row_id"), Collectors.counting()));
  }

  private String paymentIdOf(String row) {
    return payments().stream()
        .filter(p -> row.equals(p.metadata().get("row_id")))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private List<Payment> payments() {
    return EMULATOR.emulator().resources("payments").stream()
        .map(json -> GoCardlessJson.fromJson(json, Payment.class))
        .filter(p -> p.metadata() != null && p.metadata().containsKey("row_id"))
        .toList();
  }
}

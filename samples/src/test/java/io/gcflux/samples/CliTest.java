package io.gcflux.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void batchWithoutInputGeneratesRowsOverTheApisMandatesAndSaysWhereItRuns() throws IOException {
    EMULATOR.emulator().seedMandates(3);
    Path outcomes = dir.resolve("outcomes.csv");

    int status = run("batch", "--rows", "50", "--outcomes", outcomes.toString());

    List<String> lines = printed().lines().toList();
    assertThat(status).isZero();
    assertThat(lines.get(0))
        .isEqualTo("Using the GoCardless API at " + EMULATOR.baseUrl() + " (GOCARDLESS_BASE_URL)");
    assertThat(lines.get(1))
        .startsWith("Generated " + dir.resolve("batch-input.csv") + ": 50 rows over 3 mandates");
    List<String> outcomeLines = Files.readAllLines(outcomes);
    assertThat(outcomeLines).hasSize(51);
    for (String badRow : List.of("row-00010,failed,", "row-00020,failed,", "row-00030,failed,")) {
      assertThat(outcomeLines).filteredOn(l -> l.startsWith(badRow)).hasSize(1);
    }
    // Row 40 names a mandate nobody created: the emulator refuses it as GoCardless does.
    assertThat(outcomeLines)
        .filteredOn(l -> l.startsWith("row-00040,"))
        .singleElement()
        .asString()
        .startsWith("row-00040,failed,,invalid_api_usage,");
  }

  @Test
  void exportWritesEveryPaymentOfTheApiAsCsv() throws IOException {
    List<String> ids = EMULATOR.emulator().seedPayments(30);
    Path file = dir.resolve("p.csv");

    int status = run("export", "--out", file.toString(), "--format", "csv", "--page-size", "7");

    assertThat(status).isZero();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(31);
    assertThat(lines.subList(1, 31))
        .extracting(l -> l.split(",")[0])
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(printed()).contains("Exported 30 payments to " + file);
  }

  @Test
  void mistakesInTheCommandLineOrEnvironmentAreOneClearMessage() {
    assertThatThrownBy(() -> run("batch", "--concurency", "4"))
        .isInstanceOf(SampleException.class)
        .hasMessageStartingWith("unknown option --concurency");
    assertThatThrownBy(() -> run("export")).hasMessageStartingWith("export needs --out FILE");
    assertThatThrownBy(() -> run("export", "--out", "x", "--from", "yesterday"))
        .hasMessageStartingWith("--from needs a date (2026-11-01) or a date-time");
    assertThatThrownBy(
            () ->
                Cli.run(
                    new String[] {"quickstart"},
                    Map.of("GOCARDLESS_BASE_URL", "http://localhost:1"),
                    new PrintStream(out),
                    new PrintStream(err)))
        .hasMessageContaining("GOCARDLESS_BASE_URL is set but GOCARDLESS_ACCESS_TOKEN is not");
  }

  private int run(String... args) {
    Map<String, String> env =
        Map.of(
            "GOCARDLESS_BASE_URL", EMULATOR.baseUrl(),
            "GOCARDLESS_ACCESS_TOKEN", EMULATOR.accessToken());
    return Cli.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }
}

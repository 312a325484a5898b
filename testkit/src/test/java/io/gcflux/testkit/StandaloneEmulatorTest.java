package io.gcflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StandaloneEmulatorTest {
  private static final Pattern FIRST_LINE =
      Pattern.compile("GOCARDLESS_BASE_URL=(\\S+) GOCARDLESS_ACCESS_TOKEN=(\\S+)");

  @Test
  void printsItsBaseUrlAndTokenOnTheFirstLineAndServesTheSeededPayments() throws IOException {
    StandaloneEmulator.Options options =
        StandaloneEmulator.Options.parse(
            new String[] {"--port", "0", "--seed-payments", "7", "--access-token", "tok"});
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    GoCardlessEmulator emulator =
        StandaloneEmulator.start(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      String firstLine = printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
      Matcher matcher = FIRST_LINE.matcher(firstLine);
      assertThat(matcher.matches()).as(firstLine).isTrue();
      assertThat(matcher.group(1)).isEqualTo("http://localhost:" + emulator.port());
      assertThat(matcher.group(2)).isEqualTo("tok");

      HttpResponse<String> response =
          new Http(matcher.group(1), matcher.group(2)).get("/payments?limit=50");
      JsonNode payments = Http.MAPPER.readTree(response.body()).path("payments");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(payments.size()).isEqualTo(7);
      assertThat(emulator.resources("mandates")).hasSize(10);
    } finally {
      emulator.stop();
    }
  }

  @Test
  void refusesAnOptionItDoesNotKnowOrANumberThatIsNot() {
    assertThatThrownBy(() -> StandaloneEmulator.Options.parse(new String[] {"--prot", "1"}))
        .hasMessage("unknown option --prot");
    assertThatThrownBy(() -> StandaloneEmulator.Options.parse(new String[] {"--port", "x"}))
        .hasMessageContaining("--port needs a whole number");
    assertThatThrownBy(() -> StandaloneEmulator.Options.parse(new String[] {"--seed-payments"}))
        .hasMessage("--seed-payments needs a value");
  }
}

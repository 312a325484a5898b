package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FaultInjectionTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private static final String CUSTOMER = "{\"customers\":{\"email\":\"f@example.com\"}}";

  private Http http;

  @BeforeEach
  void client() {
    // A fresh client per test, so a broken connection is never a pooled one the JDK may retry.
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  static List<Fault> connectionFaults() {
    return List.of(
        Fault.CONNECTION_RESET,
        Fault.EMPTY_RESPONSE,
        Fault.RANDOM_DATA_THEN_CLOSE,
        Fault.MALFORMED_RESPONSE_CHUNK);
  }

  @ParameterizedTest
  @MethodSource("connectionFaults")
  void connectionFaultsSurfaceAsIOExceptionAndChangeNothing(Fault fault) throws IOException {
    emulator.emulator().faults().next(1).on("POST", "/customers").respondWith(fault);

    assertThatThrownBy(() -> http.post("/customers", CUSTOMER)).isInstanceOf(IOException.class);
    assertThat(emulator.emulator().resources("customers")).isEmpty();

    assertThat(http.withFreshClient().post("/customers", CUSTOMER).statusCode()).isEqualTo(201);
    assertThat(emulator.emulator().faults().pending()).isZero();
  }

  @Test
  void serverErrorIsAGoCardlessJsonErrorForTheNextNRequests() throws IOException {
    emulator.emulator().faults().next(2).on("POST", "/customers").respondWith(Fault.SERVER_ERROR);

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> response = http.post("/customers", CUSTOMER);
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      JsonNode error = json(response).path("error");
      assertThat(error.path("type").asText()).isEqualTo("gocardless");
      assertThat(error.path("code").asInt()).isEqualTo(500);
    }
    assertThat(emulator.emulator().resources("customers")).isEmpty();
    assertThat(http.get("/customers").statusCode()).isEqualTo(200);
    assertThat(http.post("/customers", CUSTOMER).statusCode()).isEqualTo(201);
  }

  @Test
  void gatewayErrorsAreHtmlPages() throws IOException {
    emulator.emulator().faults().next(1).on("GET", null).respondWith(Fault.BAD_GATEWAY);
    emulator.emulator().faults().next(1).on("GET", null).respondWith(Fault.SERVICE_UNAVAILABLE);

    HttpResponse<String> badGateway = http.get("/payments");
    assertThat(badGateway.statusCode()).isEqualTo(502);
    assertThat(badGateway.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(badGateway.body()).contains("<html>");

    HttpResponse<String> unavailable = http.get("/payments");
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.headers().firstValue("Content-Type")).hasValue("text/html");
  }

  @Test
  void truncatedJsonHasAGoodStatusAndABrokenBody() throws IOException {
    String mandate = emulator.emulator().seedMandates(1).get(0);
    emulator
        .emulator()
        .faults()
        .next(1)
        .on("GET", "/mandates/:identity")
        .respondWith(Fault.TRUNCATED_JSON);

    HttpResponse<String> response = http.get("/mandates/" + mandate);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"mandates\":{");
    assertThatThrownBy(() -> Http.MAPPER.readTree(response.body())).isInstanceOf(IOException.class);
    assertThat(json(http.get("/mandates/" + mandate)).path("mandates").path("id").asText())
        .isEqualTo(mandate);
  }

  @Test
  void rateLimitedFaultSetsRetryAfter() throws IOException {
    emulator.emulator().faults().next(1).respondWith(Fault.rateLimited(7));

    HttpResponse<String> response = http.post("/customers", CUSTOMER);
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(json(response).path("error").path("errors").get(0).path("reason").asText())
        .isEqualTo("rate_limit_exceeded");
    assertThat(emulator.emulator().resources("customers")).isEmpty();
  }

  @Test
  void delaysHappenOnTheServerAndStillAnswer() throws IOException {
    emulator
        .emulator()
        .faults()
        .next(1)
        .on("POST", "/customers")
        .respondWith(Fault.fixedDelay(Duration.ofMillis(300)));
    long start = System.nanoTime();
    HttpResponse<String> delayed = http.post("/customers", CUSTOMER);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(delayed.statusCode()).isEqualTo(201);

    emulator
        .emulator()
        .faults()
        .next(1)
        .onPathMatching("GET", "/customers/.*")
        .respondWith(Fault.randomDelay(Duration.ofMillis(100), Duration.ofMillis(200)));
    String id = json(delayed).path("customers").path("id").asText();
    start = System.nanoTime();
    assertThat(http.get("/customers/" + id).statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }

  @Test
  void rulesOnlyMatchTheirEndpoint() throws IOException {
    emulator
        .emulator()
        .faults()
        .next(1)
        .on("POST", "/payments/:identity/actions/cancel")
        .respondWith(Fault.SERVER_ERROR);
    assertThat(http.post("/customers", CUSTOMER).statusCode()).isEqualTo(201);
    assertThat(http.get("/payments").statusCode()).isEqualTo(200);
    assertThat(emulator.emulator().faults().pending()).isEqualTo(1);

    String payment = emulator.emulator().seedPayments(1).get(0);
    assertThat(http.post("/payments/" + payment + "/actions/cancel", "{}").statusCode())
        .isEqualTo(500);
    assertThat(json(http.get("/payments/" + payment)).path("payments").path("status").asText())
        .isEqualTo("pending_submission");
  }

  @Test
  void resetClearsFaults() throws IOException {
    emulator.emulator().faults().always().respondWith(Fault.SERVER_ERROR);
    emulator.emulator().reset();
    assertThat(http.get("/payments").statusCode()).isEqualTo(200);
  }
}

package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.params.FundsAvailabilityCheckParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class FundsAvailabilityResponseTest extends WireMockClientTest {

  private void answer(String body) {
    server.stubFor(
        get(urlPathEqualTo("/funds_availability/MD123"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  @Test
  void decodesTheBareBodyTheLiveApiAnswers() {
    answer("{\"available\": false}");

    StepVerifier.create(
            client
                .fundsAvailabilities()
                .check("MD123", FundsAvailabilityCheckParams.builder().amount("1500").build()))
        .assertNext(
            funds -> {
              assertThat(funds.available()).isFalse();
              assertThat(GoCardlessJson.toJson(funds)).isEqualTo("{\"available\":false}");
            })
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    server.verify(getRequestedFor(urlPathEqualTo("/funds_availability/MD123")));
  }

  @Test
  void decodesTheEnvelopedBodyToo() {
    answer("{\"funds_availability\": {\"available\": true}}");

    StepVerifier.create(client.fundsAvailabilities().check("MD123"))
        .assertNext(funds -> assertThat(funds.available()).isTrue())
        .expectComplete()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aBodyThatIsNotAnObjectIsStillMalformed() {
    answer("[{\"available\": true}]");

    StepVerifier.create(client.fundsAvailabilities().check("MD123"))
        .expectError(MalformedResponseException.class)
        .verify(Duration.ofSeconds(5));
  }
}

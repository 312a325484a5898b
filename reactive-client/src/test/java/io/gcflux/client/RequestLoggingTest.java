package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gcflux.core.params.CustomerListParams;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;

class RequestLoggingTest extends WireMockClientTest {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.gcflux.client.requests");

  @BeforeEach
  void capture() {
    logger.setLevel(Level.DEBUG);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
  }

  @Test
  void logsEachRequestWithoutTokenIdsOrQueryValues() {
    server.stubFor(
        get(urlPathEqualTo("/customers"))
            .willReturn(
                okJson("{\"customers\":[],\"meta\":{\"cursors\":{}}}")
                    .withHeader("x-request-id", "RQ_LOGGED")));
    server.stubFor(get("/customers/CU_PRIVATE").willReturn(okJson("{\"customers\":{}}")));

    StepVerifier.create(
            client.customers().list(CustomerListParams.builder().after("cursor-private").build()))
        .expectNextCount(1)
        .verifyComplete();
    StepVerifier.create(client.customers().get("CU_PRIVATE")).expectNextCount(1).verifyComplete();

    String logs =
        appender.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .collect(Collectors.joining("\n"));
    assertThat(logs)
        .contains("GET /customers -> 200")
        .contains("request_id=RQ_LOGGED")
        .contains("attempts=1")
        .contains("GET /customers/:identity -> 200")
        .doesNotContain(TOKEN)
        .doesNotContain("cursor-private")
        .doesNotContain("CU_PRIVATE");
  }
}

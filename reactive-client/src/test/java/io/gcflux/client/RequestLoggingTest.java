package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.error.ValidationFailedException;
import io.gcflux.core.params.CustomerListParams;
import java.time.Duration;
import java.util.List;
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

  private List<ILoggingEvent> at(Level level) {
    return appender.list.stream().filter(e -> e.getLevel() == level).toList();
  }

  @Test
  void everyAttemptLogsOneDebugLineAndAFinalTransientFailureOneWarnWithItsRequestId() {
    server.stubFor(
        get("/customers/CU_PRIVATE")
            .willReturn(
                WireMock.jsonResponse(
                        "{\"error\":{\"type\":\"gocardless\",\"code\":500,"
                            + "\"message\":\"Internal error for CU_PRIVATE\","
                            + "\"request_id\":\"RQ_FAILED\",\"errors\":[]}}",
                        500)
                    .withHeader("x-request-id", "RQ_FAILED")));

    StepVerifier.create(client.customers().get("CU_PRIVATE"))
        .expectError(GoCardlessInternalException.class)
        .verify(Duration.ofSeconds(30));

    List<ILoggingEvent> debug = at(Level.DEBUG);
    List<ILoggingEvent> warn = at(Level.WARN);
    assertThat(debug).hasSize(2);
    assertThat(debug.get(0).getFormattedMessage())
        .isEqualTo(
            "GET /customers/:identity attempt 1 failed, retrying: GoCardlessInternalException"
                + " request_id=RQ_FAILED");
    assertThat(debug.get(1).getFormattedMessage()).contains("attempt 2 failed, retrying");
    assertThat(warn).hasSize(1);
    assertThat(warn.get(0).getFormattedMessage())
        .startsWith("GET /customers/:identity failed after 3 attempt(s) in ")
        .endsWith("GoCardlessInternalException request_id=RQ_FAILED");
    assertThat(appender.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .allSatisfy(line -> assertThat(line).doesNotContain("CU_PRIVATE").doesNotContain(TOKEN));
  }

  @Test
  void aRefusedCallLogsNoWarning() {
    server.stubFor(
        get("/customers/CU_PRIVATE")
            .willReturn(
                WireMock.jsonResponse(
                    "{\"error\":{\"type\":\"validation_failed\",\"code\":422,"
                        + "\"message\":\"Invalid\",\"request_id\":\"RQ_REFUSED\","
                        + "\"errors\":[]}}",
                    422)));

    StepVerifier.create(client.customers().get("CU_PRIVATE"))
        .expectError(ValidationFailedException.class)
        .verify(Duration.ofSeconds(30));

    assertThat(at(Level.WARN)).isEmpty();
    assertThat(at(Level.DEBUG))
        .singleElement()
        .extracting(ILoggingEvent::getFormattedMessage)
        .asString()
        .contains("GET /customers/:identity failed after 1 attempt(s)")
        .contains("ValidationFailedException request_id=RQ_REFUSED");
  }
}

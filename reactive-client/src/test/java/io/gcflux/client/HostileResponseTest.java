package io.gcflux.client;

import static io.gcflux.client.RawHttpServer.ascii;
import static io.gcflux.client.RawHttpServer.head;
import static io.gcflux.client.RawHttpServer.repeated;
import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.MalformedResponseException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Broken and hostile answers end each call with a typed error and a short message, within the
 * deadline. Runs in its own JVM with {@code -Xmx64m} (see the pom): a body that were read whole
 * into memory, or a parser that recursed without limit, would fail the run.
 */
class HostileResponseTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
  private static final long TEN_MB = 10L * 1024 * 1024;
  private static final byte[] KILOBYTES_64 = filled(64 * 1024);
  private static RawHttpServer server;

  private GoCardlessClient client;

  @BeforeAll
  static void startServer() {
    server = new RawHttpServer(HostileResponseTest::answer);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void buildClient() {
    client =
        GoCardlessClient.builder()
            .accessToken("hostile-test-token")
            .baseUrl(server.baseUrl())
            .callTimeout(CALL_TIMEOUT)
            .responseTimeout(Duration.ofSeconds(2))
            .compress(false)
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(10))
                    .maxDelay(Duration.ofMillis(20))
                    .build())
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static Publisher<ByteBuf> answer(String path) {
    String scenario = path.substring(path.lastIndexOf('/') + 1);
    switch (scenario) {
      case "EMPTY":
        return Flux.just(head("HTTP/1.1 200 OK\nContent-Length: 0"));
      case "ARRAY":
        return json("[{\"payments\":{\"id\":\"PM1\"}}]");
      case "INVALID_UTF8":
        {
          byte[] body =
              "{\"payments\":{\"id\":\"PM1\",\"reference\":\"ab\"}}"
                  .getBytes(StandardCharsets.UTF_8);
          body[body.length - 5] = (byte) 0xC3;
          body[body.length - 4] = (byte) 0x28;
          return Flux.just(
              head(
                  "HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: "
                      + body.length),
              Unpooled.wrappedBuffer(body));
        }
      case "DEEP":
        return json("{\"payments\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
      case "HUGE_NUMBER":
        return json("{\"payments\":{\"id\":\"PM1\",\"amount\":" + "9".repeat(100_000) + "}}");
      case "TEN_MB_DECLARED":
        return Flux.concat(
            Flux.just(
                head("HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: " + TEN_MB)),
            repeated(KILOBYTES_64, TEN_MB / KILOBYTES_64.length));
      case "TEN_MB_CHUNKED":
        return Flux.concat(
            Flux.just(
                head(
                    "HTTP/1.1 200 OK\nContent-Type: application/json\nTransfer-Encoding: chunked")),
            repeated(chunk(KILOBYTES_64), TEN_MB / KILOBYTES_64.length),
            Flux.just(ascii("0\r\n\r\n")));
      case "ENDLESS_CHUNKED":
        return Flux.concat(
            Flux.just(
                head(
                    "HTTP/1.1 200 OK\nContent-Type: application/json\nTransfer-Encoding: chunked")),
            repeated(chunk(KILOBYTES_64), Long.MAX_VALUE));
      case "SLOW_ENDLESS_CHUNKED":
        return Flux.concat(
            Flux.just(
                head(
                    "HTTP/1.1 200 OK\nContent-Type: application/json\nTransfer-Encoding: chunked")),
            Flux.interval(Duration.ofMillis(100))
                .map(tick -> Unpooled.wrappedBuffer(chunk(new byte[] {' '}))));
      case "LENGTH_TOO_LONG":
        return Flux.just(
            head("HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 5000"),
            ascii("{\"payments\":{\"id\":\"PM1\"}}"));
      case "LENGTH_TOO_SHORT":
        return Flux.just(
            head(
                "HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 12\nConnection: close"),
            ascii("{\"payments\":{\"id\":\"PM1\"}}"));
      default:
        return json("{\"payments\":{\"id\":\"" + scenario + "\"}}");
    }
  }

  private static Flux<ByteBuf> json(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return Flux.just(
        head("HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: " + bytes.length),
        Unpooled.wrappedBuffer(bytes));
  }

  private static byte[] chunk(byte[] data) {
    byte[] prefix = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] framed = new byte[prefix.length + data.length + 2];
    System.arraycopy(prefix, 0, framed, 0, prefix.length);
    System.arraycopy(data, 0, framed, prefix.length, data.length);
    framed[framed.length - 2] = '\r';
    framed[framed.length - 1] = '\n';
    return framed;
  }

  private static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    return bytes;
  }

  private void failsWith(String scenario, Class<? extends Throwable> type, String messagePart) {
    StepVerifier.create(client.payments().get(scenario))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(type)
                    .hasMessageContaining(messagePart)
                    .satisfies(t -> assertThat(t.getMessage()).hasSizeLessThan(1_000)))
        .verify(WAIT);
  }

  @Test
  void anEmptyBodyIsMalformed() {
    failsWith("EMPTY", MalformedResponseException.class, "the body was empty");
  }

  @Test
  void anArrayWhereAnObjectBelongsIsMalformed() {
    failsWith("ARRAY", MalformedResponseException.class, "not the JSON the API promises");
  }

  @Test
  void invalidUtf8IsMalformed() {
    failsWith("INVALID_UTF8", MalformedResponseException.class, "UTF-8");
  }

  @Test
  void jsonNestedAHundredThousandLevelsIsMalformed() {
    failsWith("DEEP", MalformedResponseException.class, "nesting depth");
  }

  @Test
  void aNumberFarBeyondLongIsMalformed() {
    failsWith("HUGE_NUMBER", MalformedResponseException.class, "Number value length");
  }

  @Test
  void aTenMegabyteBodyIsRefusedFromItsContentLengthWithoutBeingRead() {
    failsWith("TEN_MB_DECLARED", MalformedResponseException.class, "declares 10485760 bytes");
  }

  @Test
  void aTenMegabyteChunkedBodyIsCutOffAtTheLimit() {
    failsWith("TEN_MB_CHUNKED", MalformedResponseException.class, "sent more than that");
  }

  @Test
  void aNeverEndingChunkedBodyIsCutOffAtTheLimit() {
    failsWith("ENDLESS_CHUNKED", MalformedResponseException.class, "over the client's limit");
  }

  @Test
  void aBodyThatTricklesForeverEndsAtTheCallDeadline() {
    failsWith("SLOW_ENDLESS_CHUNKED", ApiConnectionException.class, "call deadline");
  }

  @Test
  void aContentLengthLongerThanTheBodyIsAConnectionFailure() {
    failsWith("LENGTH_TOO_LONG", ApiConnectionException.class, "connection");
  }

  @Test
  void aContentLengthShorterThanTheBodyIsMalformed() {
    failsWith("LENGTH_TOO_SHORT", MalformedResponseException.class, "not the JSON");
  }

  @Test
  void theSizeLimitIsConfigurable() {
    try (GoCardlessClient small =
        GoCardlessClient.builder()
            .accessToken("hostile-test-token")
            .baseUrl(server.baseUrl())
            .maxResponseSize(10)
            .build()) {
      StepVerifier.create(small.payments().get("PM_SMALL"))
          .expectErrorSatisfies(
              e ->
                  assertThat(e)
                      .isInstanceOf(MalformedResponseException.class)
                      .hasMessageContaining("limit of 10 bytes"))
          .verify(WAIT);
    }
    StepVerifier.create(client.payments().get("PM_SMALL"))
        .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM_SMALL"))
        .verifyComplete();
  }
}

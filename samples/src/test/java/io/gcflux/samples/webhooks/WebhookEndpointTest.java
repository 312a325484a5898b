package io.gcflux.samples.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Event;
import io.gcflux.core.model.Payment;
import io.gcflux.spring.boot.webhook.GoCardlessWebhookHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gcflux.webhook.secret=" + WebhookEndpointTest.SECRET,
      "gcflux.access-token=" + WebhookEndpointTest.ACCESS_TOKEN,
      "gcflux.environment=sandbox",
      // The recording handler below takes the place of the application's handler bean.
      "spring.main.allow-bean-definition-overriding=true"
    })
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndpointTest {
  static final String PATH = "/webhooks/gocardless";
  static final String SIGNATURE_HEADER = "Webhook-Signature";
  static final String SECRET = "wh-secret-do-not-leak-7f3a";
  static final String ACCESS_TOKEN = "sandbox_token-do-not-leak-91c2";

  @Autowired WebTestClient web;
  @Autowired FakePayments payments;
  @Autowired RecordingHandler handled;

  @Test
  void handlesEachEventOfASignedBatchOnce() {
    String run = run();
    String body =
        batch(
            payment("EV1" + run, "confirmed", "PM1" + run),
            mandate("EV2" + run, "MD1" + run),
            payment("EV3" + run, "paid_out", "PM2" + run));

    post(body, sign(body)).expectStatus().isNoContent().expectBody().isEmpty();

    assertThat(handled.ids(run)).containsExactlyInAnyOrder("EV1" + run, "EV2" + run, "EV3" + run);
    assertThat(payments.fetches(run)).containsOnlyKeys("PM1" + run, "PM2" + run);
    assertThat(payments.fetches(run).values()).containsOnly(1);
  }

  @Test
  void handlesNothingAgainWhenABatchIsDeliveredTwice() {
    String run = run();
    String body = batch(payment("EV1" + run, "confirmed", "PM1" + run));
    post(body, sign(body)).expectStatus().isNoContent();

    post(body, sign(body)).expectStatus().isNoContent();

    assertThat(handled.ids(run)).containsExactly("EV1" + run);
    assertThat(payments.fetches(run)).containsExactly(Map.entry("PM1" + run, 1));
  }

  @Test
  void handlesOnlyTheNewEventsOfALaterBatch() {
    String run = run();
    String first = batch(payment("EV1" + run, "created", "PM1" + run));
    String second =
        batch(
            payment("EV1" + run, "created", "PM1" + run),
            payment("EV2" + run, "confirmed", "PM1" + run));

    post(first, sign(first)).expectStatus().isNoContent();
    post(second, sign(second)).expectStatus().isNoContent();

    assertThat(handled.ids(run)).containsExactlyInAnyOrder("EV1" + run, "EV2" + run);
  }

  @Test
  void answers498ToAWrongSignatureAndHandlesNothing(CapturedOutput output) {
    String run = run();
    String body = batch(payment("EV1" + run, "confirmed", "PM1" + run));
    String forged = sign(body, "not-the-secret");

    post(body, forged).expectStatus().isEqualTo(498).expectBody().isEmpty();

    assertThat(handled.ids(run)).isEmpty();
    assertThat(payments.fetches(run)).isEmpty();
    assertThat(output.getAll()).contains("Rejected a webhook").doesNotContain(SECRET);
  }

  @Test
  void answers498ToATamperedBody() {
    String run = run();
    String body = batch(payment("EV1" + run, "confirmed", "PM1" + run));
    String tampered = body.replace("PM1" + run, "PM9" + run);

    post(tampered, sign(body)).expectStatus().isEqualTo(498);

    assertThat(handled.ids(run)).isEmpty();
  }

  @Test
  void answers498ToAnUnsignedRequest() {
    String run = run();
    String body = batch(payment("EV1" + run, "confirmed", "PM1" + run));

    web.post()
        .uri(PATH)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isEqualTo(498);

    assertThat(handled.ids(run)).isEmpty();
  }

  @Test
  void answers400ToASignedBodyThatIsNotAWebhook() {
    for (String body : List.of("<html>oops</html>", "{\"meta\":{}}", "")) {
      post(body, sign(body)).expectStatus().isBadRequest();
    }
  }

  @Test
  void answers500WhenHandlingFailsAndHandlesTheEventOnRedelivery() {
    String run = run();
    String failing = "PMFAIL" + run;
    payments.failOnce(failing);
    String body =
        batch(payment("EV1" + run, "confirmed", failing), mandate("EV2" + run, "MD1" + run));

    post(body, sign(body)).expectStatus().is5xxServerError();
    assertThat(handled.ids(run)).containsExactly("EV2" + run);

    post(body, sign(body)).expectStatus().isNoContent();
    assertThat(handled.ids(run)).containsExactlyInAnyOrder("EV2" + run, "EV1" + run);
  }

  @Test
  void neverLogsTheSecretOrTheAccessToken(CapturedOutput output) {
    String run = run();
    String body = batch(payment("EV1" + run, "confirmed", "PM1" + run));
    post(body, sign(body)).expectStatus().isNoContent();
    post(body, sign(body, "wrong")).expectStatus().isEqualTo(498);
    post("nope", sign("nope")).expectStatus().isBadRequest();

    assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain(ACCESS_TOKEN);
  }

  private WebTestClient.ResponseSpec post(String body, String signature) {
    return web.post()
        .uri(PATH)
        .contentType(MediaType.APPLICATION_JSON)
        .header(SIGNATURE_HEADER, signature)
        .bodyValue(body.getBytes(StandardCharsets.UTF_8))
        .exchange();
  }

  /** A marker in every id, so that tests sharing the application context don't see each other. */
  private static String run() {
    return "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static String batch(String... events) {
    return "{\"events\":["
        + String.join(",", events)
        + "],\"meta\":{\"webhook_id\":\"WB"
        + UUID.randomUUID()
        + "\"}}";
  }

  private static String payment(String id, String action, String paymentId) {
    return event(id, "payments", action, "{\"payment\":\"" + paymentId + "\"}");
  }

  private static String mandate(String id, String mandateId) {
    return event(id, "mandates", "active", "{\"mandate\":\"" + mandateId + "\"}");
  }

  private static String event(String id, String type, String action, String links) {
    return "{\"id\":\""
        + id
        + "\",\"created_at\":\"2025-01-02T10:00:00.000Z\",\"resource_type\":\""
        + type
        + "\",\"action\":\""
        + action
        + "\",\"details\":{\"origin\":\"gocardless\"},\"metadata\":{},\"links\":"
        + links
        + "}";
  }

  private static String sign(String body) {
    return sign(body, SECRET);
  }

  /** Signs as GoCardless does, independently of the code under test. */
  private static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @TestConfiguration
  static class Fakes {
    @Bean
    @Primary
    FakePayments fakePayments() {
      return new FakePayments();
    }

    @Bean(name = "paymentEventsHandler")
    RecordingHandler recordingHandler(FakePayments payments) {
      return new RecordingHandler(new PaymentEventsHandler(payments));
    }
  }

  /** Stands in for the GoCardless API: answers every look-up with a confirmed payment. */
  static final class FakePayments implements PaymentLookup {
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
    private final Set<String> failNext = ConcurrentHashMap.newKeySet();

    @Override
    public Mono<Payment> fetch(String paymentId) {
      return Mono.defer(
          () -> {
            fetches.computeIfAbsent(paymentId, id -> new AtomicInteger()).incrementAndGet();
            if (failNext.remove(paymentId)) {
              return Mono.error(new IllegalStateException("GoCardless is unavailable"));
            }
            return Mono.just(
                GoCardlessJson.fromJson(
                    "{\"id\":\"" + paymentId + "\",\"status\":\"confirmed\",\"amount\":1000}",
                    Payment.class));
          });
    }

    void failOnce(String paymentId) {
      failNext.add(paymentId);
    }

    Map<String, Integer> fetches(String run) {
      return fetches.entrySet().stream()
          .filter(entry -> entry.getKey().endsWith(run))
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }
  }

  /** The real handler, noting each event it completed. */
  static final class RecordingHandler implements GoCardlessWebhookHandler {
    private final GoCardlessWebhookHandler delegate;
    private final Queue<String> ids = new ConcurrentLinkedQueue<>();

    RecordingHandler(GoCardlessWebhookHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public Mono<Void> handle(Event event) {
      return delegate.handle(event).doOnSuccess(done -> ids.add(event.id()));
    }

    List<String> ids(String run) {
      return ids.stream().filter(id -> id.endsWith(run)).toList();
    }
  }
}

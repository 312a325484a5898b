package io.gcflux.spring.boot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.spring.boot.GoCardlessAutoConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

class GoCardlessWebhookAutoConfigurationTest {
  private static final String SECRET = "wh-secret-7f3a";
  private static final String PATH = "/webhooks/gocardless";

  private final ReactiveWebApplicationContextRunner runner =
      new ReactiveWebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WebFluxAutoConfiguration.class,
                  GoCardlessAutoConfiguration.class,
                  GoCardlessWebhookAutoConfiguration.class))
          .withUserConfiguration(TwoHandlers.class)
          .withPropertyValues(
              "gcflux.access-token=test-token",
              "gcflux.base-url=http://127.0.0.1:1",
              "gcflux.webhook.secret=" + SECRET);

  @Test
  void answers204AndHandsEveryEventToEveryHandler() {
    runner.run(
        context -> {
          String body = batch(event("EV1", "payments"), event("EV2", "mandates"));

          post(context, PATH, body, sign(body, SECRET)).expectStatus().isNoContent();

          assertThat(context.getBean(TwoHandlers.class).first)
              .containsExactlyInAnyOrder("EV1", "EV2");
          assertThat(context.getBean(TwoHandlers.class).second)
              .containsExactlyInAnyOrder("EV1", "EV2");
        });
  }

  @Test
  void handsARedeliveredEventToNoHandler() {
    runner.run(
        context -> {
          String body = batch(event("EV1", "payments"));
          String later = batch(event("EV1", "payments"), event("EV3", "payments"));

          post(context, PATH, body, sign(body, SECRET)).expectStatus().isNoContent();
          post(context, PATH, body, sign(body, SECRET)).expectStatus().isNoContent();
          post(context, PATH, later, sign(later, SECRET)).expectStatus().isNoContent();

          assertThat(context.getBean(TwoHandlers.class).first).containsExactly("EV1", "EV3");
        });
  }

  @Test
  void answers498ToAWrongSignatureAndHandlesNothing() {
    runner.run(
        context -> {
          String body = batch(event("EV1", "payments"));

          post(context, PATH, body, sign(body, "another-secret")).expectStatus().isEqualTo(498);

          assertThat(context.getBean(TwoHandlers.class).first).isEmpty();
        });
  }

  @Test
  void answers400ToASignedBodyThatIsNotAWebhook() {
    runner.run(
        context -> {
          for (String body : List.of("<html>oops</html>", "{\"meta\":{}}", "")) {
            post(context, PATH, body, sign(body, SECRET)).expectStatus().isBadRequest();
          }
        });
  }

  @Test
  void answers500WhenAHandlerFailsAndHandlesTheEventOnRedelivery() {
    runner.run(
        context -> {
          TwoHandlers handlers = context.getBean(TwoHandlers.class);
          handlers.failNext = true;
          String body = batch(event("EV1", "payments"));

          post(context, PATH, body, sign(body, SECRET)).expectStatus().is5xxServerError();
          post(context, PATH, body, sign(body, SECRET)).expectStatus().isNoContent();

          assertThat(handlers.second).containsExactly("EV1");
        });
  }

  @Test
  void listensOnTheConfiguredPath() {
    runner
        .withPropertyValues("gcflux.webhook.path=/hooks/gc")
        .run(
            context -> {
              String body = batch(event("EV1", "payments"));

              post(context, "/hooks/gc", body, sign(body, SECRET)).expectStatus().isNoContent();
              post(context, PATH, body, sign(body, SECRET)).expectStatus().isNotFound();
            });
  }

  @Test
  void deDuplicatesThroughTheApplicationsOwnStore() {
    runner
        .withUserConfiguration(SeenEverything.class)
        .run(
            context -> {
              assertThat(context).getBean(ProcessedWebhookEvents.class).isInstanceOf(SeenAll.class);
              String body = batch(event("EV1", "payments"));

              post(context, PATH, body, sign(body, SECRET)).expectStatus().isNoContent();

              assertThat(context.getBean(TwoHandlers.class).first).isEmpty();
            });
  }

  @Test
  void hasNoEndpointWithoutASecret() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                GoCardlessAutoConfiguration.class, GoCardlessWebhookAutoConfiguration.class))
        .withPropertyValues("gcflux.access-token=test-token")
        .run(context -> assertThat(context).doesNotHaveBean(ProcessedWebhookEvents.class));
  }

  private static WebTestClient.ResponseSpec post(
      ApplicationContext context, String path, String body, String signature) {
    return WebTestClient.bindToApplicationContext(context)
        .build()
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .header("Webhook-Signature", signature)
        .bodyValue(body.getBytes(StandardCharsets.UTF_8))
        .exchange();
  }

  private static String batch(String... events) {
    return "{\"events\":[" + String.join(",", events) + "],\"meta\":{\"webhook_id\":\"WB1\"}}";
  }

  private static String event(String id, String type) {
    return "{\"id\":\""
        + id
        + "\",\"created_at\":\"2025-01-02T10:00:00.000Z\",\"resource_type\":\""
        + type
        + "\",\"action\":\"created\",\"details\":{\"origin\":\"gocardless\"},\"metadata\":{},"
        + "\"links\":{}}";
  }

  /** Signs as GoCardless does, independently of the code under test. */
  private static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoHandlers {
    final Queue<String> first = new ConcurrentLinkedQueue<>();
    final Queue<String> second = new ConcurrentLinkedQueue<>();
    volatile boolean failNext;

    @Bean
    GoCardlessWebhookHandler firstHandler() {
      return event -> Mono.fromRunnable(() -> first.add(event.id()));
    }

    @Bean
    GoCardlessWebhookHandler secondHandler() {
      return event ->
          Mono.defer(
              () -> {
                if (failNext) {
                  failNext = false;
                  return Mono.error(new IllegalStateException("downstream unavailable"));
                }
                second.add(event.id());
                return Mono.<Void>empty();
              });
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class SeenEverything {
    @Bean
    ProcessedWebhookEvents processedWebhookEvents() {
      return new SeenAll();
    }
  }

  /** A store that has seen every event already. */
  static final class SeenAll implements ProcessedWebhookEvents {
    @Override
    public Mono<Boolean> claim(String eventId) {
      return Mono.just(false);
    }

    @Override
    public Mono<Void> release(String eventId) {
      return Mono.empty();
    }
  }
}

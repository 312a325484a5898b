package io.gcflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhooksTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private record Delivery(String body, String signature, String contentType) {}

  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private HttpServer receiver;
  private URI url;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    receiver.createContext(
        "/webhooks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          deliveries.add(
              new Delivery(
                  body,
                  exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                  exchange.getRequestHeaders().getFirst("Content-Type")));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    url = URI.create("http://localhost:" + receiver.getAddress().getPort() + "/webhooks");
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private static String hmac(String body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void signsTheRawBody() throws Exception {
    String event =
        "{\"id\":\"EV123\",\"action\":\"confirmed\",\"resource_type\":\"payments\","
            + "\"links\":{\"payment\":\"PM123\"}}";
    int status = emulator.emulator().webhooks().send(url, "s3cret", List.of(event));

    assertThat(status).isEqualTo(204);
    assertThat(deliveries).hasSize(1);
    Delivery delivery = deliveries.get(0);
    assertThat(delivery.contentType()).isEqualTo("application/json");
    assertThat(delivery.signature()).isEqualTo(hmac(delivery.body(), "s3cret"));
    assertThat(delivery.signature()).isNotEqualTo(hmac(delivery.body(), "other"));
    JsonNode body = Http.json(delivery.body());
    assertThat(body.path("events").get(0).path("id").asText()).isEqualTo("EV123");
    assertThat(body.path("meta").path("webhook_id").asText()).matches("WB[0-9A-Z]{12}");
  }

  @Test
  void sendsRecordedEventsAsynchronouslyToo() throws Exception {
    emulator.emulator().seedPayments(2);
    int status = emulator.emulator().webhooks().sendRecordedEvents(url, "k");
    assertThat(status).isEqualTo(204);
    JsonNode events = Http.json(deliveries.get(0).body()).path("events");
    assertThat(events).hasSize(emulator.emulator().events().size());
    assertThat(events.get(events.size() - 1).path("resource_type").asText()).isEqualTo("payments");

    int asyncStatus =
        emulator.emulator().webhooks().sendAsync(url, "k", List.of("{\"id\":\"EV1\"}")).join();
    assertThat(asyncStatus).isEqualTo(204);
    assertThat(deliveries.get(1).signature()).isEqualTo(hmac(deliveries.get(1).body(), "k"));
  }
}

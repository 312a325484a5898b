package io.gcflux.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.testkit.internal.Ids;
import io.gcflux.testkit.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers webhooks the way GoCardless does: a JSON body {@code {"events": [...], "meta":
 * {"webhook_id": "WB..."}}} signed with {@code Webhook-Signature}, the hex HMAC-SHA256 of the raw
 * body keyed with the endpoint secret.
 */
public final class Webhooks {
  public static final String SIGNATURE_HEADER = "Webhook-Signature";

  private final Supplier<List<String>> recordedEvents;
  private final Ids ids = new Ids();
  private volatile HttpClient client;

  Webhooks(Supplier<List<String>> recordedEvents) {
    this.recordedEvents = recordedEvents;
  }

  /** Posts the events (JSON objects) and returns the receiver's HTTP status. */
  public int send(URI url, String secret, List<String> events) {
    try {
      return client()
          .send(request(url, secret, body(events)), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending a webhook", e);
    }
  }

  public CompletableFuture<Integer> sendAsync(URI url, String secret, List<String> events) {
    return client()
        .sendAsync(request(url, secret, body(events)), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  /** Posts every event the emulator has recorded so far in one webhook. */
  public int sendRecordedEvents(URI url, String secret) {
    return send(url, secret, recordedEvents.get());
  }

  /** The webhook body for {@code events}, with a fresh webhook id. */
  public String body(List<String> events) {
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("events");
    for (String event : events) {
      JsonNode node = Json.readUnchecked(event);
      if (!node.isObject()) {
        throw new IllegalArgumentException("An event must be a JSON object: " + event);
      }
      array.add(node);
    }
    body.putObject("meta").put("webhook_id", ids.next("WB"));
    return Json.write(body);
  }

  /** The signed request, for callers who want to send it with their own client. */
  public static HttpRequest request(URI url, String secret, String body) {
    return HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("User-Agent", "gocardless-webhook-service/1.1")
        .header(SIGNATURE_HEADER, sign(body, secret))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** Lower-case hex HMAC-SHA256 of the UTF-8 body keyed with the UTF-8 secret. */
  public static String sign(String body, String secret) {
    Objects.requireNonNull(secret, "secret");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      synchronized (this) {
        current = client;
        if (current == null) {
          current = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
          client = current;
        }
      }
    }
    return current;
  }
}

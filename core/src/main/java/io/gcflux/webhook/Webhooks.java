package io.gcflux.webhook;

import io.gcflux.core.model.Event;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Verifies and decodes the webhooks GoCardless sends to an endpoint.
 *
 * <p>GoCardless signs each request: its {@code Webhook-Signature} header is the hex HMAC-SHA256 of
 * the raw body, keyed with the endpoint's secret. Verify the body exactly as received, before any
 * parsing or re-encoding; a body that has been decoded and encoded again no longer matches.
 *
 * <pre>{@code
 * try {
 *   WebhookBatch batch = Webhooks.parseWebhook(body, request.getHeader("Webhook-Signature"), secret);
 *   ... handle batch.events(), then answer 204
 * } catch (InvalidSignatureException e) {
 *   ... answer 498
 * } catch (MalformedWebhookException e) {
 *   ... answer 400
 * }
 * }</pre>
 *
 * <p>Every method throws {@link IllegalArgumentException} when the secret is null or blank: that is
 * a misconfigured endpoint, not a forged request.
 */
public final class Webhooks {
  private Webhooks() {}

  /**
   * Verifies the signature, then decodes the body.
   *
   * @throws InvalidSignatureException if the signature is missing, malformed or does not match
   * @throws MalformedWebhookException if the signed body is not a webhook's JSON
   */
  public static WebhookBatch parseWebhook(byte[] body, String signature, String secret) {
    return parseWebhook(wrap(body), signature, secret);
  }

  /** As {@link #parseWebhook(byte[], String, String)}, for a body decoded as UTF-8. */
  public static WebhookBatch parseWebhook(String body, String signature, String secret) {
    return parseWebhook(bytes(body), signature, secret);
  }

  /**
   * As {@link #parseWebhook(byte[], String, String)}, for the bytes between the buffer's position
   * and limit. The buffer's position is left where it was.
   */
  public static WebhookBatch parseWebhook(ByteBuffer body, String signature, String secret) {
    Objects.requireNonNull(body, "body");
    Signatures.verify(body, signature, secret);
    return WebhookParser.parse(body);
  }

  /** Verifies the signature, then returns the events; see {@link #parseWebhook}. */
  public static List<Event> parse(byte[] body, String signature, String secret) {
    return parseWebhook(body, signature, secret).events();
  }

  /** Verifies the signature, then returns the events; see {@link #parseWebhook}. */
  public static List<Event> parse(String body, String signature, String secret) {
    return parseWebhook(body, signature, secret).events();
  }

  /** Verifies the signature, then returns the events; see {@link #parseWebhook}. */
  public static List<Event> parse(ByteBuffer body, String signature, String secret) {
    return parseWebhook(body, signature, secret).events();
  }

  /**
   * Whether {@code signature} is the body's signature under {@code secret}. Returns false for a
   * missing or malformed signature rather than throwing.
   */
  public static boolean isValidSignature(byte[] body, String signature, String secret) {
    return isValidSignature(wrap(body), signature, secret);
  }

  /** As {@link #isValidSignature(byte[], String, String)}, for a body encoded as UTF-8. */
  public static boolean isValidSignature(String body, String signature, String secret) {
    return isValidSignature(bytes(body), signature, secret);
  }

  /**
   * As {@link #isValidSignature(byte[], String, String)}, for the bytes between the buffer's
   * position and limit. The buffer's position is left where it was.
   */
  public static boolean isValidSignature(ByteBuffer body, String signature, String secret) {
    Objects.requireNonNull(body, "body");
    return Signatures.isValid(body, signature, secret);
  }

  private static ByteBuffer wrap(byte[] body) {
    return ByteBuffer.wrap(Objects.requireNonNull(body, "body"));
  }

  private static byte[] bytes(String body) {
    return Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8);
  }
}

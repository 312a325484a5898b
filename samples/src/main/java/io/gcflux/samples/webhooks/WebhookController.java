package io.gcflux.samples.webhooks;

import io.gcflux.webhook.InvalidSignatureException;
import io.gcflux.webhook.MalformedWebhookException;
import io.gcflux.webhook.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The endpoint GoCardless posts webhooks to.
 *
 * <p>Answers 204 once every new event is handled, 498 when the signature is wrong (GoCardless's
 * convention), 400 for a signed body that is not a webhook, 413 for one too large, and 500 when
 * handling failed, which makes GoCardless try again later.
 */
@RestController
public class WebhookController {
  static final String PATH = "/webhooks/gocardless";
  static final String SIGNATURE_HEADER = "Webhook-Signature";
  static final int INVALID_TOKEN = 498;

  /** GoCardless sends at most a few hundred events per request, far below this. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
  private static final byte[] EMPTY = new byte[0];

  private final String secret;
  private final WebhookProcessor processor;

  public WebhookController(
      @Value("${gocardless.webhook-secret:}") String secret, WebhookProcessor processor) {
    if (secret.isBlank()) {
      // At startup rather than per request: otherwise every delivery would look forged.
      throw new IllegalStateException(
          "Set the webhook endpoint secret: property gocardless.webhook-secret or environment"
              + " variable GOCARDLESS_WEBHOOK_SECRET");
    }
    this.secret = secret;
    this.processor = processor;
  }

  @PostMapping(PATH)
  public Mono<ResponseEntity<Void>> receive(
      @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
      ServerHttpRequest request) {
    // The raw bytes, never a decoded object: the signature covers the body exactly as sent.
    return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES)
        .map(WebhookController::toBytes)
        .defaultIfEmpty(EMPTY)
        .map(body -> Webhooks.parseWebhook(body, signature, secret))
        .flatMap(
            batch -> processor.process(batch).thenReturn(status(HttpStatus.NO_CONTENT.value())))
        .onErrorResume(InvalidSignatureException.class, WebhookController::rejected)
        .onErrorResume(MalformedWebhookException.class, WebhookController::malformed)
        .onErrorResume(DataBufferLimitException.class, e -> tooLarge())
        .onErrorResume(WebhookController::failed);
  }

  private static byte[] toBytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static Mono<ResponseEntity<Void>> rejected(InvalidSignatureException e) {
    // The message says what was wrong and never holds the secret or a signature.
    log.warn("Rejected a webhook: {}", e.getMessage());
    return Mono.just(status(INVALID_TOKEN));
  }

  private static Mono<ResponseEntity<Void>> malformed(MalformedWebhookException e) {
    log.warn("Signed webhook is not valid: {}", e.getMessage());
    return Mono.just(status(HttpStatus.BAD_REQUEST.value()));
  }

  private static Mono<ResponseEntity<Void>> tooLarge() {
    log.warn("Rejected a webhook over {} bytes", MAX_BODY_BYTES);
    return Mono.just(status(HttpStatus.PAYLOAD_TOO_LARGE.value()));
  }

  private static Mono<ResponseEntity<Void>> failed(Throwable e) {
    log.error("Handling a webhook failed; GoCardless will deliver it again", e);
    return Mono.just(status(HttpStatus.INTERNAL_SERVER_ERROR.value()));
  }

  private static ResponseEntity<Void> status(int code) {
    return ResponseEntity.status(code).build();
  }
}

package io.gcflux.spring.boot.webhook;

import io.gcflux.webhook.InvalidSignatureException;
import io.gcflux.webhook.MalformedWebhookException;
import io.gcflux.webhook.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The endpoint GoCardless posts webhooks to. Answers 204 once every new event is handled, 498 when
 * the signature is wrong (GoCardless's convention), 400 for a signed body that is not a webhook,
 * 413 for one too large, and 500 when handling failed, which makes GoCardless try again later.
 */
final class WebhookEndpoint implements HandlerFunction<ServerResponse> {
  static final String SIGNATURE_HEADER = "Webhook-Signature";
  static final int INVALID_TOKEN = 498;

  /** GoCardless sends at most a few hundred events per request, far below this. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);
  private static final byte[] EMPTY = new byte[0];

  private final String secret;
  private final WebhookEventDispatcher dispatcher;

  WebhookEndpoint(String secret, WebhookEventDispatcher dispatcher) {
    this.secret = secret;
    this.dispatcher = dispatcher;
  }

  @Override
  public Mono<ServerResponse> handle(ServerRequest request) {
    String signature = request.headers().firstHeader(SIGNATURE_HEADER);
    // The raw bytes, never a decoded object: the signature covers the body exactly as sent.
    return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), MAX_BODY_BYTES)
        .map(WebhookEndpoint::toBytes)
        .defaultIfEmpty(EMPTY)
        .map(body -> Webhooks.parseWebhook(body, signature, secret))
        .flatMap(batch -> dispatcher.dispatch(batch).then(status(HttpStatus.NO_CONTENT.value())))
        .onErrorResume(InvalidSignatureException.class, WebhookEndpoint::rejected)
        .onErrorResume(MalformedWebhookException.class, WebhookEndpoint::malformed)
        .onErrorResume(DataBufferLimitException.class, e -> tooLarge())
        .onErrorResume(WebhookEndpoint::failed);
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

  private static Mono<ServerResponse> rejected(InvalidSignatureException e) {
    // The message says what was wrong and never holds the secret or a signature.
    log.warn("Rejected a webhook: {}", e.getMessage());
    return status(INVALID_TOKEN);
  }

  private static Mono<ServerResponse> malformed(MalformedWebhookException e) {
    log.warn("Signed webhook is not valid: {}", e.getMessage());
    return status(HttpStatus.BAD_REQUEST.value());
  }

  private static Mono<ServerResponse> tooLarge() {
    log.warn("Rejected a webhook over {} bytes", MAX_BODY_BYTES);
    return status(HttpStatus.PAYLOAD_TOO_LARGE.value());
  }

  private static Mono<ServerResponse> failed(Throwable e) {
    log.error("Handling a webhook failed; GoCardless will deliver it again", e);
    return status(HttpStatus.INTERNAL_SERVER_ERROR.value());
  }

  private static Mono<ServerResponse> status(int code) {
    return ServerResponse.status(code).build();
  }
}

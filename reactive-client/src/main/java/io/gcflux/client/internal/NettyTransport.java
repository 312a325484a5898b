package io.gcflux.client.internal;

import io.gcflux.core.error.MalformedResponseException;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.logging.LoggingHandler;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.transport.logging.AdvancedByteBufFormat;

/**
 * Sends requests over a Reactor Netty {@link HttpClient} and its connection pool, reading at most
 * {@code maxResponseBytes} of any body: a larger one fails before it can fill the heap.
 */
public final class NettyTransport implements HttpTransport {
  /** 8 MiB: eight times a full page of 500 payments (about 1 MB), far below a small heap. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  private static final byte[] EMPTY = new byte[0];
  private static final String WIRETAP_CATEGORY = "reactor.netty.http.client.HttpClient";

  private final HttpClient http;
  // Reactor Netty copies its whole configuration at each builder step; the first step, the method,
  // is the same for every call of a method, so it is taken once.
  private final Map<String, HttpClient.RequestSender> byMethod;
  private final String baseUrl;
  // Reactor Netty parses a URL string with a regex on every request, but takes a URI as it is: the
  // URI of each fixed target (a create's, say) is made once. Bounded by the API's paths.
  private final Map<String, URI> fixedTargets = new ConcurrentHashMap<>();
  private final Map<String, String> sharedHeaders;
  private final long maxResponseBytes;

  /**
   * A transport for requests under {@code baseUrl}.
   *
   * @param baseUrl the URL every request starts with, without a trailing slash
   * @param sharedHeaders the headers every request of the client carries (auth, version, agent)
   */
  public NettyTransport(
      HttpClient http, String baseUrl, Map<String, String> sharedHeaders, long maxResponseBytes) {
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be at least 1, was " + maxResponseBytes);
    }
    // Reactor Netty joins the base URL and a request's target itself. Headers configured on the
    // client are copied into each request without being validated again, as per-request ones are.
    this.http =
        QuietConnectionErrors.install(withoutWireBytes(http))
            .baseUrl(baseUrl)
            .headers(headers -> sharedHeaders.forEach(headers::set));
    Map<String, HttpClient.RequestSender> senders = new HashMap<>();
    for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT)) {
      senders.put(method.name(), this.http.request(method));
    }
    this.byMethod = Map.copyOf(senders);
    this.baseUrl = baseUrl;
    this.sharedHeaders = sharedHeaders;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * Keeps a wiretap the caller turned on to connection events: its default hex dump would log the
   * Authorization header and every body, with the personal data in them.
   */
  private static HttpClient withoutWireBytes(HttpClient http) {
    LoggingHandler wiretap = http.configuration().loggingHandler();
    if (wiretap == null) {
      return http;
    }
    return http.wiretap(WIRETAP_CATEGORY, wiretap.level(), AdvancedByteBufFormat.SIMPLE);
  }

  @Override
  public Mono<HttpExchange.Response> send(HttpExchange.Request request) {
    HttpClient.RequestSender sender = byMethod.get(request.method());
    if (sender == null) {
      sender = http.request(HttpMethod.valueOf(request.method()));
    }
    HttpClient.RequestSender target;
    if (!baseUrl.equals(request.baseUrl())) {
      target = sender.uri(request.url());
    } else if (request.fixedTarget()) {
      target =
          sender.uri(fixedTargets.computeIfAbsent(request.target(), t -> URI.create(baseUrl + t)));
    } else {
      target = sender.uri(request.target());
    }
    return QuietConnectionErrors.guard(
        target
            .send(
                (outbound, out) -> {
                  if (request.headers() instanceof CallHeaders call
                      && call.shared() == sharedHeaders) {
                    call.own().forEach(outbound::header);
                  } else {
                    request.headers().forEach(outbound::header);
                  }
                  return request.body() == null
                      ? out
                      : out.sendByteArray(Mono.just(request.body()));
                })
            .response(this::read)
            .next());
  }

  private Mono<HttpExchange.Response> read(HttpClientResponse response, ByteBufFlux body) {
    int status = response.status().code();
    ResponseHeaders headers = new ResponseHeaders(response.responseHeaders());
    String requestId = headers.first("x-request-id");
    long declared = declaredLength(response.responseHeaders());
    if (declared > maxResponseBytes) {
      // Refused before a byte of the body is read; the connection is closed, not reused.
      return Mono.error(tooLarge(status, requestId, "declares " + declared + " bytes"));
    }
    // Counted after decompression, so a small gzip body cannot inflate past the limit either.
    return body.collect(
            () -> new BoundedBody(maxResponseBytes, declared),
            (bounded, chunk) -> {
              if (!bounded.add(chunk)) {
                throw tooLarge(status, requestId, "sent more than that");
              }
            })
        .map(bounded -> new HttpExchange.Response(status, headers, bounded.bytes()));
  }

  private MalformedResponseException tooLarge(int status, String requestId, String what) {
    return new MalformedResponseException(
        "The response body "
            + what
            + ", over the client's limit of "
            + maxResponseBytes
            + " bytes; no GoCardless answer is that large (raise it with"
            + " GoCardlessClient.builder().maxResponseSize(...) if a proxy adds to it)",
        status,
        null,
        requestId,
        null);
  }

  private static long declaredLength(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The chunks of one body, kept apart until the end so the body is copied only once. */
  /**
   * The body, copied once from Netty's buffers into one array sized by the declared length (when it
   * is believable), rather than into an array per chunk and again into one.
   */
  private static final class BoundedBody {
    // A declared length is only a hint (a body may be compressed, or the header may lie), so no
    // more than this is reserved before the bytes arrive.
    private static final int MAX_PRESIZE = 1024 * 1024;

    private final long limit;
    private byte[] bytes;
    private int size;

    BoundedBody(long limit, long declared) {
      this.limit = limit;
      this.bytes = declared > 0 ? new byte[(int) Math.min(declared, MAX_PRESIZE)] : EMPTY;
    }

    /** Adds a chunk, which Netty releases afterwards; false once the body passes the limit. */
    boolean add(ByteBuf chunk) {
      int length = chunk.readableBytes();
      if (size + (long) length > limit) {
        bytes = EMPTY;
        return false;
      }
      if (size + length > bytes.length) {
        long grown = Math.max(size + (long) length, bytes.length * 2L);
        bytes = Arrays.copyOf(bytes, (int) Math.min(grown, limit));
      }
      chunk.getBytes(chunk.readerIndex(), bytes, size, length);
      size += length;
      return true;
    }

    byte[] bytes() {
      return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
  }
}

package io.gcflux.client.service;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.spi.ApiRuntime;
import io.gcflux.client.spi.Endpoint;
import io.gcflux.client.spi.TypedCall;
import io.gcflux.core.Page;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCancelParams;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.core.params.PaymentRetryParams;
import io.gcflux.core.params.PaymentUpdateParams;
import java.util.Arrays;
import javax.annotation.processing.Generated;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The actions of the {@code payments} resource. Every method returns a cold publisher: nothing is
 * sent until subscription, and each subscription sends again.
 *
 * <p>Generated from gcflux's API description: do not edit.
 */
@Generated(value = "io.gcflux.codegen", comments = "from gocardless-api.json; do not edit")
public final class PaymentsService {
  static final Endpoint CREATE =
      new Endpoint("payments", "create", "POST", "/payments", "payments", "payments", true, true);

  static final Endpoint LIST =
      new Endpoint("payments", "list", "GET", "/payments", null, "payments", false, true);

  static final Endpoint GET =
      new Endpoint("payments", "get", "GET", "/payments/:identity", null, "payments", false, true);

  static final Endpoint UPDATE =
      new Endpoint(
          "payments", "update", "PUT", "/payments/:identity", "payments", "payments", false, true);

  static final Endpoint CANCEL =
      new Endpoint(
          "payments",
          "cancel",
          "POST",
          "/payments/:identity/actions/cancel",
          "data",
          "payments",
          false,
          false);

  static final Endpoint RETRY =
      new Endpoint(
          "payments",
          "retry",
          "POST",
          "/payments/:identity/actions/retry",
          "data",
          "payments",
          false,
          false);

  private final ApiRuntime runtime;

  private final WithResponse withResponse;

  /** Made by {@code GoCardlessClient}; tests may pass their own {@link ApiRuntime}. */
  public PaymentsService(ApiRuntime runtime) {
    this.runtime = runtime;
    this.withResponse = new WithResponse(runtime);
  }

  /** The same actions, returning the raw response around each result. */
  public WithResponse withResponse() {
    return withResponse;
  }

  /**
   * Creates a payment: {@code POST /payments}.
   *
   * <p>Idempotent: sends one {@code Idempotency-Key} per call and reuses it on every retry
   * (connection failures, timeouts, 5xx, 429), so a retry never creates twice.
   *
   * @param params the action's parameters
   * @return the result
   */
  public Mono<Payment> create(PaymentCreateParams params) {
    return withResponse.create(params).map(ApiResponse::body);
  }

  /**
   * Creates a payment: {@code POST /payments}.
   *
   * <p>Idempotent: sends one {@code Idempotency-Key} per call and reuses it on every retry
   * (connection failures, timeouts, 5xx, 429), so a retry never creates twice.
   *
   * @param params the action's parameters
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return the result
   */
  public Mono<Payment> create(PaymentCreateParams params, RequestOptions options) {
    return withResponse.create(params, options).map(ApiResponse::body);
  }

  /**
   * Lists payments, one page per call: {@code GET /payments}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
   * nothing.
   *
   * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
   * pages(...)} every page, following the cursors on demand.
   *
   * @return one page
   */
  public Mono<Page<Payment>> list() {
    return withResponse.list().map(ApiResponse::body);
  }

  /**
   * Streams every payment across all pages: {@code GET /payments}, following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Payment> all() {
    return runtime.items(
        TypedCall.page(LIST, Arrays.asList(), null, RequestOptions.none(), Payment.class));
  }

  /**
   * Streams the pages themselves, each with the cursor to resume after it: {@code GET /payments},
   * following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Page<Payment>> pages() {
    return runtime.pages(
        TypedCall.page(LIST, Arrays.asList(), null, RequestOptions.none(), Payment.class));
  }

  /**
   * Lists payments, one page per call: {@code GET /payments}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
   * nothing.
   *
   * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
   * pages(...)} every page, following the cursors on demand.
   *
   * @param params the action's parameters
   * @return one page
   */
  public Mono<Page<Payment>> list(PaymentListParams params) {
    return withResponse.list(params).map(ApiResponse::body);
  }

  /**
   * Streams every payment across all pages: {@code GET /payments}, following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Payment> all(PaymentListParams params) {
    return runtime.items(
        TypedCall.page(LIST, Arrays.asList(), params, RequestOptions.none(), Payment.class));
  }

  /**
   * Streams the pages themselves, each with the cursor to resume after it: {@code GET /payments},
   * following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Page<Payment>> pages(PaymentListParams params) {
    return runtime.pages(
        TypedCall.page(LIST, Arrays.asList(), params, RequestOptions.none(), Payment.class));
  }

  /**
   * Lists payments, one page per call: {@code GET /payments}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
   * nothing.
   *
   * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
   * pages(...)} every page, following the cursors on demand.
   *
   * @param params the action's parameters
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return one page
   */
  public Mono<Page<Payment>> list(PaymentListParams params, RequestOptions options) {
    return withResponse.list(params, options).map(ApiResponse::body);
  }

  /**
   * Streams every payment across all pages: {@code GET /payments}, following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Payment> all(PaymentListParams params, RequestOptions options) {
    return runtime.items(TypedCall.page(LIST, Arrays.asList(), params, options, Payment.class));
  }

  /**
   * Streams the pages themselves, each with the cursor to resume after it: {@code GET /payments},
   * following the cursors.
   *
   * <p>A page is fetched only when downstream demand reaches it; {@code limit} defaults to 500, and
   * {@code after} resumes from a cursor. Each page is a {@code GET}, retried on its own (connection
   * failures, timeouts, 5xx, 429) without restarting the stream.
   */
  public Flux<Page<Payment>> pages(PaymentListParams params, RequestOptions options) {
    return runtime.pages(TypedCall.page(LIST, Arrays.asList(), params, options, Payment.class));
  }

  /**
   * Fetches one payment by id: {@code GET /payments/{identity}}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
   * nothing.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @return the result
   */
  public Mono<Payment> get(String identity) {
    return withResponse.get(identity).map(ApiResponse::body);
  }

  /**
   * Fetches one payment by id: {@code GET /payments/{identity}}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
   * nothing.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return the result
   */
  public Mono<Payment> get(String identity, RequestOptions options) {
    return withResponse.get(identity, options).map(ApiResponse::body);
  }

  /**
   * Updates a payment: {@code PUT /payments/{identity}}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: an update sets the same values again,
   * so a repeat changes nothing more.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @return the result
   */
  public Mono<Payment> update(String identity, PaymentUpdateParams params) {
    return withResponse.update(identity, params).map(ApiResponse::body);
  }

  /**
   * Updates a payment: {@code PUT /payments/{identity}}.
   *
   * <p>Retried on connection failures, timeouts, 5xx and 429: an update sets the same values again,
   * so a repeat changes nothing more.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return the result
   */
  public Mono<Payment> update(String identity, PaymentUpdateParams params, RequestOptions options) {
    return withResponse.update(identity, params, options).map(ApiResponse::body);
  }

  /**
   * Performs the {@code cancel} action on payments: {@code POST
   * /payments/{identity}/actions/cancel}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @return the result
   */
  public Mono<Payment> cancel(String identity) {
    return withResponse.cancel(identity).map(ApiResponse::body);
  }

  /**
   * Performs the {@code cancel} action on payments: {@code POST
   * /payments/{identity}/actions/cancel}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @return the result
   */
  public Mono<Payment> cancel(String identity, PaymentCancelParams params) {
    return withResponse.cancel(identity, params).map(ApiResponse::body);
  }

  /**
   * Performs the {@code cancel} action on payments: {@code POST
   * /payments/{identity}/actions/cancel}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return the result
   */
  public Mono<Payment> cancel(String identity, PaymentCancelParams params, RequestOptions options) {
    return withResponse.cancel(identity, params, options).map(ApiResponse::body);
  }

  /**
   * Performs the {@code retry} action on payments: {@code POST /payments/{identity}/actions/retry}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @return the result
   */
  public Mono<Payment> retry(String identity) {
    return withResponse.retry(identity).map(ApiResponse::body);
  }

  /**
   * Performs the {@code retry} action on payments: {@code POST /payments/{identity}/actions/retry}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @return the result
   */
  public Mono<Payment> retry(String identity, PaymentRetryParams params) {
    return withResponse.retry(identity, params).map(ApiResponse::body);
  }

  /**
   * Performs the {@code retry} action on payments: {@code POST /payments/{identity}/actions/retry}.
   *
   * <p>Not idempotent: retried only when the request provably never reached the server (the
   * connection could not be made), because a repeat could act twice.
   *
   * @param identity the {@code :identity} path parameter, percent-encoded when sent
   * @param params the action's parameters
   * @param options per-request options: idempotency key, headers, retries, timeout
   * @return the result
   */
  public Mono<Payment> retry(String identity, PaymentRetryParams params, RequestOptions options) {
    return withResponse.retry(identity, params, options).map(ApiResponse::body);
  }

  /**
   * The same actions, each returning the full {@link ApiResponse}: status, headers, request id,
   * rate-limit state and attempts.
   */
  public static final class WithResponse {
    private final ApiRuntime runtime;

    private WithResponse(ApiRuntime runtime) {
      this.runtime = runtime;
    }

    /**
     * Creates a payment: {@code POST /payments}.
     *
     * <p>Idempotent: sends one {@code Idempotency-Key} per call and reuses it on every retry
     * (connection failures, timeouts, 5xx, 429), so a retry never creates twice.
     *
     * @param params the action's parameters
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> create(PaymentCreateParams params) {
      return runtime.execute(
          TypedCall.resource(
              CREATE, Arrays.asList(), params, RequestOptions.none(), Payment.class));
    }

    /**
     * Creates a payment: {@code POST /payments}.
     *
     * <p>Idempotent: sends one {@code Idempotency-Key} per call and reuses it on every retry
     * (connection failures, timeouts, 5xx, 429), so a retry never creates twice.
     *
     * @param params the action's parameters
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> create(PaymentCreateParams params, RequestOptions options) {
      return runtime.execute(
          TypedCall.resource(CREATE, Arrays.asList(), params, options, Payment.class));
    }

    /**
     * Lists payments, one page per call: {@code GET /payments}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
     * nothing.
     *
     * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
     * pages(...)} every page, following the cursors on demand.
     *
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Page<Payment>>> list() {
      return runtime.execute(
          TypedCall.page(LIST, Arrays.asList(), null, RequestOptions.none(), Payment.class));
    }

    /**
     * Lists payments, one page per call: {@code GET /payments}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
     * nothing.
     *
     * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
     * pages(...)} every page, following the cursors on demand.
     *
     * @param params the action's parameters
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Page<Payment>>> list(PaymentListParams params) {
      return runtime.execute(
          TypedCall.page(LIST, Arrays.asList(), params, RequestOptions.none(), Payment.class));
    }

    /**
     * Lists payments, one page per call: {@code GET /payments}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
     * nothing.
     *
     * <p>Auto-paginated: this returns one page; {@code all(...)} streams every item and {@code
     * pages(...)} every page, following the cursors on demand.
     *
     * @param params the action's parameters
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Page<Payment>>> list(PaymentListParams params, RequestOptions options) {
      return runtime.execute(TypedCall.page(LIST, Arrays.asList(), params, options, Payment.class));
    }

    /**
     * Fetches one payment by id: {@code GET /payments/{identity}}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
     * nothing.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> get(String identity) {
      return runtime.execute(
          TypedCall.resource(
              GET, Arrays.asList(identity), null, RequestOptions.none(), Payment.class));
    }

    /**
     * Fetches one payment by id: {@code GET /payments/{identity}}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: it only reads, so a repeat changes
     * nothing.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> get(String identity, RequestOptions options) {
      return runtime.execute(
          TypedCall.resource(GET, Arrays.asList(identity), null, options, Payment.class));
    }

    /**
     * Updates a payment: {@code PUT /payments/{identity}}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: an update sets the same values
     * again, so a repeat changes nothing more.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> update(String identity, PaymentUpdateParams params) {
      return runtime.execute(
          TypedCall.resource(
              UPDATE, Arrays.asList(identity), params, RequestOptions.none(), Payment.class));
    }

    /**
     * Updates a payment: {@code PUT /payments/{identity}}.
     *
     * <p>Retried on connection failures, timeouts, 5xx and 429: an update sets the same values
     * again, so a repeat changes nothing more.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> update(
        String identity, PaymentUpdateParams params, RequestOptions options) {
      return runtime.execute(
          TypedCall.resource(UPDATE, Arrays.asList(identity), params, options, Payment.class));
    }

    /**
     * Performs the {@code cancel} action on payments: {@code POST
     * /payments/{identity}/actions/cancel}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> cancel(String identity) {
      return runtime.execute(
          TypedCall.resource(
              CANCEL, Arrays.asList(identity), null, RequestOptions.none(), Payment.class));
    }

    /**
     * Performs the {@code cancel} action on payments: {@code POST
     * /payments/{identity}/actions/cancel}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> cancel(String identity, PaymentCancelParams params) {
      return runtime.execute(
          TypedCall.resource(
              CANCEL, Arrays.asList(identity), params, RequestOptions.none(), Payment.class));
    }

    /**
     * Performs the {@code cancel} action on payments: {@code POST
     * /payments/{identity}/actions/cancel}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> cancel(
        String identity, PaymentCancelParams params, RequestOptions options) {
      return runtime.execute(
          TypedCall.resource(CANCEL, Arrays.asList(identity), params, options, Payment.class));
    }

    /**
     * Performs the {@code retry} action on payments: {@code POST
     * /payments/{identity}/actions/retry}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> retry(String identity) {
      return runtime.execute(
          TypedCall.resource(
              RETRY, Arrays.asList(identity), null, RequestOptions.none(), Payment.class));
    }

    /**
     * Performs the {@code retry} action on payments: {@code POST
     * /payments/{identity}/actions/retry}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> retry(String identity, PaymentRetryParams params) {
      return runtime.execute(
          TypedCall.resource(
              RETRY, Arrays.asList(identity), params, RequestOptions.none(), Payment.class));
    }

    /**
     * Performs the {@code retry} action on payments: {@code POST
     * /payments/{identity}/actions/retry}.
     *
     * <p>Not idempotent: retried only when the request provably never reached the server (the
     * connection could not be made), because a repeat could act twice.
     *
     * @param identity the {@code :identity} path parameter, percent-encoded when sent
     * @param params the action's parameters
     * @param options per-request options: idempotency key, headers, retries, timeout
     * @return the raw response around the result
     */
    public Mono<ApiResponse<Payment>> retry(
        String identity, PaymentRetryParams params, RequestOptions options) {
      return runtime.execute(
          TypedCall.resource(RETRY, Arrays.asList(identity), params, options, Payment.class));
    }
  }
}

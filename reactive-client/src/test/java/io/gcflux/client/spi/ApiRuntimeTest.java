package io.gcflux.client.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.service.PaymentsService;
import io.gcflux.core.Page;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A generated service over a runtime a test supplies: what each method hands the runtime. */
class ApiRuntimeTest {
  private static final Payment PAYMENT =
      GoCardlessJson.fromJson("{\"id\":\"PM1\",\"amount\":1500}", Payment.class);

  private final RecordingRuntime runtime = new RecordingRuntime();
  private final PaymentsService payments = new PaymentsService(runtime);

  @Test
  void createHandsTheRuntimeOneTypedCallWithItsParamsAndOptions() {
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(1500)
            .currency("GBP")
            .links(l -> l.mandate("MD1"))
            .build();
    RequestOptions options = RequestOptions.builder().idempotencyKey("key-1").build();

    StepVerifier.create(payments.create(params, options))
        .expectNext(PAYMENT)
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    assertThat(runtime.executed).hasSize(1);
    TypedCall<?> call = runtime.executed.get(0);
    assertThat(call.endpoint().method()).isEqualTo("POST");
    assertThat(call.endpoint().path()).isEqualTo("/payments");
    assertThat(call.endpoint().requestEnvelope()).isEqualTo("payments");
    assertThat(call.endpoint().idempotentCreate()).isTrue();
    assertThat(call.pathParams()).isEmpty();
    assertThat(call.params()).isSameAs(params);
    assertThat(call.options()).isSameAs(options);
    assertThat(call.resourceType()).isEqualTo(Payment.class);
    assertThat(call.returnsPage()).isFalse();
  }

  @Test
  void getPassesTheIdAsAPathParamWithNoParamsAndNoOptions() {
    StepVerifier.create(payments.withResponse().get("PM1"))
        .expectNextMatches(response -> response.body().equals(PAYMENT))
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    TypedCall<?> call = runtime.executed.get(0);
    assertThat(call.endpoint().path()).isEqualTo("/payments/:identity");
    assertThat(call.pathParams()).containsExactly("PM1");
    assertThat(call.params()).isNull();
    assertThat(call.options()).isSameAs(RequestOptions.none());
  }

  @Test
  void allAndPagesStreamThroughTheRuntimeAsPageCalls() {
    PaymentListParams params = PaymentListParams.builder().limit(2).build();

    StepVerifier.create(payments.all(params))
        .expectNext(PAYMENT)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    StepVerifier.create(payments.pages(params))
        .expectNextMatches(page -> page.items().equals(List.of(PAYMENT)))
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    assertThat(runtime.streamed).extracting(s -> s.kind).containsExactly("items", "pages");
    for (Streamed streamed : runtime.streamed) {
      assertThat(streamed.call.returnsPage()).isTrue();
      assertThat(streamed.call.resourceType()).isEqualTo(Payment.class);
      assertThat(streamed.call.params()).isSameAs(params);
      assertThat(streamed.call.endpoint().method()).isEqualTo("GET");
    }
    assertThat(runtime.executed).isEmpty();
  }

  @Test
  void aTypedCallDescribesItsActionButNeverItsIdsOrParams() {
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(1500)
            .currency("GBP")
            .reference("jane@example.com")
            .build();
    StepVerifier.create(payments.create(params).then(payments.get("PM_SECRET")))
        .expectNextCount(1)
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    assertThat(runtime.executed.get(0)).hasToString("TypedCall[POST /payments]");
    assertThat(runtime.executed.get(1).toString())
        .isEqualTo("TypedCall[GET /payments/:identity]")
        .doesNotContain("PM_SECRET");
  }

  private record Streamed(String kind, TypedCall<?> call) {}

  /** Answers every call with {@link #PAYMENT}, or a page of it, and keeps the calls. */
  private static final class RecordingRuntime implements ApiRuntime {
    final List<TypedCall<?>> executed = new ArrayList<>();
    final List<Streamed> streamed = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <R> Mono<ApiResponse<R>> execute(TypedCall<R> call) {
      executed.add(call);
      Object body = call.returnsPage() ? page() : PAYMENT;
      return Mono.just(new ApiResponse<>(200, Map.of(), "RQ1", null, 1, (R) body));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Flux<Page<T>> pages(TypedCall<Page<T>> call) {
      streamed.add(new Streamed("pages", call));
      return Flux.just((Page<T>) page());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Flux<T> items(TypedCall<Page<T>> call) {
      streamed.add(new Streamed("items", call));
      return Flux.just((T) PAYMENT);
    }

    private static Page<Payment> page() {
      return new Page<>(List.of(PAYMENT), null, null, 2, Map.of());
    }
  }
}

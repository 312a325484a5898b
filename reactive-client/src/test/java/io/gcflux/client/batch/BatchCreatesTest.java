package io.gcflux.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.GoCardlessInternalException;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** Batches against the emulator: faults, refusals, interruptions and re-runs. */
class BatchCreatesTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private GoCardlessClient client;
  private String mandate;

  @BeforeEach
  void setUp() {
    client =
        GoCardlessClient.builder()
            .accessToken(EMULATOR.accessToken())
            .baseUrl(EMULATOR.baseUrl())
            .responseTimeout(Duration.ofSeconds(5))
            .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).build())
            .build();
    mandate = EMULATOR.emulator().seedMandates(1).get(0);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void everyRowIsCreatedExactlyOnceThroughResetsServerErrorsAndRateLimits() {
    EMULATOR.faults().next(4).on("POST", "/payments").respondWith(Fault.CONNECTION_RESET);
    EMULATOR.faults().next(4).on("POST", "/payments").respondWith(Fault.SERVER_ERROR);
    EMULATOR.faults().next(2).on("POST", "/payments").respondWith(Fault.rateLimited(1));
    BatchRun<Payment> run = batch().run(rows(40, 0), this::createPayment);

    List<BatchOutcome<Payment>> outcomes = run.outcomes().collectList().block(WAIT);

    assertThat(outcomes).hasSize(40).allMatch(o -> o instanceof BatchOutcome.Created);
    assertThat(outcomes.stream().map(BatchOutcome::key).distinct()).hasSize(40);
    assertThat(EMULATOR.faults().pending()).isZero();
    assertThat(run.progress().created()).isEqualTo(40);
    assertThat(run.progress().retries()).isEqualTo(10);
    assertThat(run.progress().inFlight()).isZero();
    assertThat(paymentsPerRow()).hasSize(40).allSatisfy((row, count) -> assertThat(count).isOne());
  }

  @Test
  void aRefusedRowFailsWithItsReasonWhileTheOthersGoOn() {
    Flux<BatchItem<PaymentCreateParams>> items =
        Flux.just(
            BatchItem.of("good-1", params("good-1", 500, mandate)),
            BatchItem.of("negative", params("negative", -5, mandate)),
            BatchItem.of("no-mandate", params("no-mandate", 500, "")),
            BatchItem.of("good-2", params("good-2", 700, mandate)));

    Map<String, BatchOutcome<Payment>> outcomes =
        batch()
            .run(items, this::createPayment)
            .outcomes()
            .collectMap(BatchOutcome::key, Function.identity())
            .block(WAIT);

    assertThat(outcomes.get("good-1")).isInstanceOf(BatchOutcome.Created.class);
    assertThat(outcomes.get("good-2")).isInstanceOf(BatchOutcome.Created.class);
    BatchOutcome.Failed<Payment> negative = (BatchOutcome.Failed<Payment>) outcomes.get("negative");
    // The client refuses a negative amount before any request, as the API would.
    assertThat(negative.errorType()).isEqualTo("invalid_request");
    assertThat(negative.fieldErrors()).isEmpty();
    assertThat(negative.reason()).contains("amount", "must not be negative");
    BatchOutcome.Failed<Payment> noMandate =
        (BatchOutcome.Failed<Payment>) outcomes.get("no-mandate");
    assertThat(noMandate.fieldErrors()).extracting(e -> e.field()).containsExactly("links.mandate");
    assertThat(paymentsPerRow()).containsOnlyKeys("good-1", "good-2");
  }

  @Test
  void aCancelledRunRunAgainCreatesNoDuplicateAndFindsWhatTheFirstRunCreated() {
    // Slow answers keep rows in flight when the run is cancelled: the API has created them,
    // but the first run never heard back.
    EMULATOR
        .faults()
        .always()
        .on("POST", "/payments")
        .respondWith(Fault.fixedDelay(Duration.ofMillis(150)));
    Map<String, String> firstRun =
        batch()
            .run(rows(30, 0), this::createPayment)
            .outcomes()
            .take(10)
            .collectMap(BatchOutcome::key, o -> ((BatchOutcome.Created<Payment>) o).resource().id())
            .block(WAIT);
    assertThat(firstRun).hasSize(10);
    int createdByFirstRun = paymentsPerRow().size();
    assertThat(createdByFirstRun).isGreaterThan(10);

    EMULATOR.faults().clear();
    List<BatchOutcome<Payment>> secondRun =
        batch().run(rows(30, 0), this::createPayment).outcomes().collectList().block(WAIT);

    assertThat(secondRun).hasSize(30).allMatch(o -> o instanceof BatchOutcome.Created);
    Map<String, String> ids =
        secondRun.stream()
            .collect(
                Collectors.toMap(
                    BatchOutcome::key, o -> ((BatchOutcome.Created<Payment>) o).resource().id()));
    assertThat(ids).containsAllEntriesOf(firstRun);
    assertThat(paymentsPerRow()).hasSize(30).allSatisfy((row, count) -> assertThat(count).isOne());
  }

  @Test
  void rowsStillFailingTransientlyWhenTheRunEndsArePendingAndTheNextRunFinishesThem() {
    EMULATOR.faults().always().on("POST", "/payments").respondWith(Fault.SERVER_ERROR);
    BatchRun<Payment> run =
        // Every row is sent at once, so each has met the outage before the run ends.
        batch()
            .concurrency(5)
            .maxDuration(Duration.ofMillis(1500))
            .run(rows(5, 0), this::createPayment);

    List<BatchOutcome<Payment>> outcomes = run.outcomes().collectList().block(WAIT);

    assertThat(outcomes)
        .hasSize(5)
        .allSatisfy(
            o ->
                assertThat(((BatchOutcome.Pending<Payment>) o).lastFailure())
                    .isInstanceOf(GoCardlessInternalException.class));
    assertThat(run.progress().pending()).isEqualTo(5);
    assertThat(run.progress().failed()).isZero();
    assertThat(paymentsPerRow()).isEmpty();

    EMULATOR.faults().clear();
    assertThat(batch().run(rows(5, 0), this::createPayment).outcomes().collectList().block(WAIT))
        .allMatch(o -> o instanceof BatchOutcome.Created);
    assertThat(paymentsPerRow()).hasSize(5);
  }

  @Test
  void progressReportsWhileTheRunGoesOnAndOnceAtTheEnd() {
    EMULATOR
        .faults()
        .always()
        .on("POST", "/payments")
        .respondWith(Fault.fixedDelay(Duration.ofMillis(50)));
    BatchRun<Payment> run = batch().concurrency(2).run(rows(20, 0), this::createPayment);

    List<BatchProgress> reports =
        Flux.merge(
                run.outcomes().then().flux().cast(BatchProgress.class),
                run.progress(Duration.ofMillis(100)))
            .collectList()
            .block(WAIT);

    assertThat(reports).hasSizeGreaterThan(2);
    BatchProgress last = reports.get(reports.size() - 1);
    assertThat(last.created()).isEqualTo(20);
    assertThat(last.done()).isEqualTo(20);
    assertThat(last.rowsPerSecond()).isPositive();
    assertThat(reports.get(0).done()).isLessThan(20);
  }

  @Test
  void idempotencyKeysDependOnTheNamespaceAndRowKeyAlone() {
    String key = BatchCreates.namespace("payroll-2026-11").idempotencyKey("row-7");

    assertThat(BatchCreates.namespace("payroll-2026-11").concurrency(3).idempotencyKey("row-7"))
        .isEqualTo(key);
    assertThat(BatchCreates.namespace("payroll-2026-12").idempotencyKey("row-7")).isNotEqualTo(key);
    assertThat(BatchCreates.namespace("payroll-2026-11").idempotencyKey("row-8")).isNotEqualTo(key);
    assertThat(UUID.fromString(key).version()).isEqualTo(5);
    // RFC 4122's own example: the DNS namespace and "www.example.com".
    assertThat(
            BatchCreates.uuidV5(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  private BatchCreates batch() {
    return BatchCreates.namespace("test-batch")
        .concurrency(4)
        .backoff(Duration.ofMillis(20), Duration.ofMillis(100));
  }

  private reactor.core.publisher.Mono<io.gcflux.client.call.ApiResponse<Payment>> createPayment(
      PaymentCreateParams params, io.gcflux.client.call.RequestOptions options) {
    return client.payments().withResponse().create(params, options);
  }

  private Flux<BatchItem<PaymentCreateParams>> rows(int count, int first) {
    return Flux.range(first, count)
        .map(i -> "row-" + i)
        .map(row -> BatchItem.of(row, params(row, 100, mandate)));
  }

  private static PaymentCreateParams params(String row, long amount, String mandate) {
    return PaymentCreateParams.builder()
        .amount(amount)
        .currency("GBP")
        .putMetadata("row_id", row)
        .links(PaymentCreateParams.Links.builder().mandate(mandate).build())
        .build();
  }

  private Map<String, Long> paymentsPerRow() {
    return EMULATOR.emulator().resources("payments").stream()
        .map(json -> GoCardlessJson.fromJson(json, Payment.class))
        .filter(p -> p.metadata() != null && p.metadata().containsKey("row_id"))
        .collect(Collectors.groupingBy(p -> p.metadata().get("row_id"), Collectors.counting()));
  }
}

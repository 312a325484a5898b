package io.gcflux.client.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.SenderContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

class ClientObservationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final TraceHeaderHandler tracing = new TraceHeaderHandler();
  private GoCardlessClient client;

  @BeforeEach
  void buildClient() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    observations.observationConfig().observationHandler(tracing);
    client =
        GoCardlessClient.builder()
            .accessToken(EMULATOR.accessToken())
            .baseUrl(EMULATOR.baseUrl())
            .maxConnections(7)
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(10))
                    .maxDelay(Duration.ofMillis(50))
                    .build())
            .observationRegistry(observations)
            .meterRegistry(meters)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void timesASuccessfulCallWithItsActionStatusAndOutcome() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    StepVerifier.create(client.customers().get(id))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    Timer timer = meters.get("gcflux.client.requests").timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tags(timer))
        .containsOnly(
            Map.entry("resource", "customers"),
            Map.entry("action", "get"),
            Map.entry("method", "GET"),
            Map.entry("status", "200"),
            Map.entry("outcome", "SUCCESS"),
            Map.entry("error", "none"));
  }

  @Test
  void tagsAnApiErrorWithItsStatusAndExceptionType() {
    StepVerifier.create(client.customers().get("CU_UNKNOWN"))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(GoCardlessApiException.class);
              Timer timer = meters.get("gcflux.client.requests").timer();
              assertThat(tags(timer))
                  .contains(
                      Map.entry("status", "404"),
                      Map.entry("outcome", "CLIENT_ERROR"),
                      Map.entry("error", e.getClass().getSimpleName()));
            })
        .verify(WAIT);
  }

  @Test
  void tagsAConnectionThatKeepsFailingAsANetworkErrorWithoutStatus() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);
    EMULATOR
        .emulator()
        .faults()
        .next(1)
        .on("GET", "/customers/:identity")
        .respondWith(Fault.CONNECTION_RESET);

    StepVerifier.create(client.customers().get(id, RequestOptions.builder().maxAttempts(1).build()))
        .expectError(ApiConnectionException.class)
        .verify(WAIT);

    assertThat(tags(meters.get("gcflux.client.requests").timer()))
        .contains(
            Map.entry("status", "NONE"),
            Map.entry("outcome", "NETWORK_ERROR"),
            Map.entry("error", "ApiConnectionException"));
  }

  @Test
  void countsRetriesAndTimesTheCallOnce() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);
    EMULATOR
        .emulator()
        .faults()
        .next(2)
        .on("GET", "/customers/:identity")
        .respondWith(Fault.SERVER_ERROR);

    StepVerifier.create(client.customers().get(id))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    assertThat(meters.get("gcflux.client.retries").tag("action", "get").counter().count())
        .isEqualTo(2.0);
    Timer timer = meters.get("gcflux.client.requests").timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tags(timer)).contains(Map.entry("status", "200"));
  }

  @Test
  void neverTagsWithTheIdsOfTheCall() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    StepVerifier.create(client.customers().get(id))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    for (Meter meter : meters.getMeters()) {
      assertThat(meter.getId().getTags()).noneMatch(tag -> tag.getValue().contains(id));
    }
    assertThat(tracing.lastContext.getAllKeyValues())
        .extracting(KeyValue::getValue)
        .doesNotContain(id)
        .contains("/customers/:identity");
  }

  @Test
  void gaugesTheRateLimitLeftAsTheApiLastReportedIt() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    StepVerifier.create(client.customers().get(id))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    double gauge = meters.get("gcflux.client.rate-limit.remaining").gauge().value();
    assertThat(client.rateLimit().remaining()).isNotNull();
    assertThat(gauge).isEqualTo(client.rateLimit().remaining().doubleValue());
  }

  @Test
  void publishesThePoolGaugesUnderThePoolName() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);

    StepVerifier.create(client.customers().get(id))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    assertThat(
            meters
                .get("reactor.netty.connection.provider.max.connections")
                .tag("name", "gcflux")
                .gauge()
                .value())
        .isEqualTo(7.0);
    assertThat(
            meters
                .get("reactor.netty.connection.provider.total.connections")
                .tag("name", "gcflux")
                .gauge()
                .value())
        .isEqualTo(client.poolStats().total());
  }

  @Test
  void sendsTheTraceHeadersOfTheCallersObservation() {
    String id = EMULATOR.emulator().seedCustomers(1).get(0);
    Observation incoming = Observation.start("incoming", observations);

    StepVerifier.create(
            client
                .customers()
                .get(id)
                .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, incoming)))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);
    incoming.stop();

    assertThat(tracing.lastContext.getParentObservation()).isSameAs(incoming);
    List<String> sent =
        EMULATOR.emulator().requests().stream()
            .map(request -> request.getHeader("x-test-parent"))
            .toList();
    assertThat(sent).containsExactly("incoming");
  }

  private static Map<String, String> tags(Meter meter) {
    Map<String, String> tags = new ConcurrentHashMap<>();
    for (Tag tag : meter.getId().getTags()) {
      tags.put(tag.getKey(), tag.getValue());
    }
    return tags;
  }

  /**
   * Stands in for a propagating tracing handler: writes the parent observation's name into the
   * outgoing request through the context's setter, as a tracer writes its trace headers.
   */
  static final class TraceHeaderHandler implements ObservationHandler<SenderContext<Object>> {
    volatile GoCardlessRequestContext lastContext;

    @Override
    public void onStart(SenderContext<Object> context) {
      lastContext = (GoCardlessRequestContext) (Object) context;
      Observation parent =
          context.getParentObservation() == null
              ? null
              : (Observation) context.getParentObservation();
      context
          .getSetter()
          .set(
              context.getCarrier(),
              "x-test-parent",
              parent == null ? "none" : parent.getContext().getName());
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof GoCardlessRequestContext;
    }
  }
}

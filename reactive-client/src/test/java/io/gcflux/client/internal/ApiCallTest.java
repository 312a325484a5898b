package io.gcflux.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.Page;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The typed call is what the runtime executes; the old entry points only build one. */
class ApiCallTest {
  private static final Operation GET =
      new Operation("payments", "get", "GET", "/payments/:identity", null, "payments", false, true);
  private static final Operation LIST =
      new Operation("payments", "list", "GET", "/payments", null, "payments", false, true);

  private final ScriptedTransport transport = new ScriptedTransport();
  private final ApiExecutor executor = ExecutorFixture.executor(transport);

  private static String page(String after, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    return "{\"payments\":["
        + items
        + "],\"meta\":{\"cursors\":{\"before\":null,\"after\":"
        + (after == null ? "null" : "\"" + after + "\"")
        + "},\"limit\":500}}";
  }

  @Test
  void executesAResourceCallAndDecodesItsResult() {
    transport.respond(200, "{\"payments\":{\"id\":\"PM 1\",\"amount\":1500}}");

    StepVerifier.create(
            executor.execute(
                ApiCall.resource(GET, List.of("PM 1"), null, RequestOptions.none(), Payment.class)))
        .assertNext(
            response -> {
              assertThat(response.body().id()).isEqualTo("PM 1");
              assertThat(response.body().amount()).isEqualTo(1500L);
              assertThat(response.attempts()).isEqualTo(1);
            })
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent().get(0).url()).isEqualTo("https://api.example.test/payments/PM%201");
  }

  @Test
  void streamsPagesAskingForTheLargestPageAndFollowingTheAfterCursor() {
    transport.respond(200, page("PM2", "PM1", "PM2")).respond(200, page(null, "PM3"));

    StepVerifier.create(
            executor
                .items(ApiCall.page(LIST, List.of(), null, null, Payment.class))
                .map(Payment::id))
        .expectNext("PM1", "PM2", "PM3")
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent())
        .extracting(HttpExchange.Request::url)
        .containsExactly(
            "https://api.example.test/payments?limit=500",
            "https://api.example.test/payments?limit=500&after=PM2");
  }

  @Test
  void theCallersLimitAndFiltersSurviveEveryPage() {
    transport.respond(200, page("PM1", "PM1")).respond(200, page(null));
    PaymentListParams params = PaymentListParams.builder().limit(1).customer("CU1").build();

    StepVerifier.create(
            executor.pages(
                ApiCall.page(LIST, List.of(), params, RequestOptions.none(), Payment.class)))
        .expectNextCount(2)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertThat(transport.sent())
        .extracting(HttpExchange.Request::url)
        .allSatisfy(url -> assertThat(url).contains("limit=1").contains("customer=CU1"))
        .noneSatisfy(url -> assertThat(url).contains("limit=500"));
  }

  @Test
  void anEmptyPageTypeStillDecodes() {
    transport.respond(200, page(null));

    StepVerifier.create(executor.execute(ApiCall.page(LIST, List.of(), null, null, Payment.class)))
        .assertNext(
            response ->
                assertThat(response.body()).isEqualTo(new Page<>(List.of(), null, null, 500, null)))
        .expectComplete()
        .verify(Duration.ofSeconds(5));
  }
}

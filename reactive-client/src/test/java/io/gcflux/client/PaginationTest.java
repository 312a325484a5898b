package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.gcflux.core.Page;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Three pages of two payments each: PM1..PM6, with cursors PM2 and PM4. */
class PaginationTest extends WireMockClientTest {

  private void stubThreePages() {
    stubPage(null, List.of("PM1", "PM2"), "PM2");
    stubPage("PM2", List.of("PM3", "PM4"), "PM4");
    stubPage("PM4", List.of("PM5", "PM6"), null);
  }

  private int pageRequests() {
    return server.findAll(getRequestedFor(urlPathEqualTo("/payments"))).size();
  }

  @Test
  void zeroPagesOfItemsCompletesAfterOneRequest() {
    stubPage(null, List.of(), null);

    StepVerifier.create(client.payments().all()).verifyComplete();
    assertThat(pageRequests()).isEqualTo(1);
  }

  @Test
  void singlePageStreamsItsItems() {
    stubPage(null, List.of("PM1"), null);

    StepVerifier.create(client.payments().all().map(Payment::id))
        .expectNext("PM1")
        .verifyComplete();
  }

  @Test
  void nothingIsFetchedBeforeDemand() {
    stubThreePages();

    StepVerifier.create(client.payments().all(), 0)
        .expectSubscription()
        .then(() -> assertThat(pageRequests()).isZero())
        .thenRequest(1)
        .expectNextCount(1)
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void pagesAreRequestedOnlyAsDemandReachesThem() {
    stubThreePages();

    StepVerifier.create(client.payments().all().map(Payment::id), 1)
        .expectNext("PM1")
        .then(() -> assertThat(pageRequests()).isEqualTo(1))
        .thenRequest(1)
        .expectNext("PM2")
        .then(() -> assertThat(pageRequests()).isEqualTo(1))
        .thenRequest(1)
        .expectNext("PM3")
        .then(() -> assertThat(pageRequests()).isEqualTo(2))
        .thenRequest(10)
        .expectNext("PM4", "PM5", "PM6")
        .verifyComplete();
    assertThat(pageRequests()).isEqualTo(3);
  }

  @Test
  void cancellingAfterSomeItemsFetchesNoFurtherPages() {
    stubThreePages();

    StepVerifier.create(client.payments().all().take(3)).expectNextCount(3).verifyComplete();
    assertThat(pageRequests())
        .as(
            server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getUrl())
                .toList()
                .toString())
        .isEqualTo(2);
    assertThat(
            server.findAll(
                getRequestedFor(urlPathEqualTo("/payments"))
                    .withQueryParam("after", equalTo("PM4"))))
        .isEmpty();
  }

  @Test
  void eachSubscriptionWalksTheChainAfresh() {
    stubThreePages();
    Flux<Payment> all = client.payments().all();

    StepVerifier.create(all).expectNextCount(6).verifyComplete();
    StepVerifier.create(all).expectNextCount(6).verifyComplete();
    assertThat(pageRequests()).isEqualTo(6);
  }

  @Test
  void resumesAfterAStoredCursor() {
    stubThreePages();
    List<String> cursors = new ArrayList<>();

    StepVerifier.create(client.payments().pages().take(1).map(Page::after))
        .recordWith(() -> cursors)
        .expectNextCount(1)
        .verifyComplete();

    StepVerifier.create(
            client
                .payments()
                .all(PaymentListParams.builder().after(cursors.get(0)).build())
                .map(Payment::id))
        .expectNext("PM3", "PM4", "PM5", "PM6")
        .verifyComplete();
  }

  @Test
  void pagesExposeTheirCursors() {
    stubThreePages();

    StepVerifier.create(client.payments().pages())
        .assertNext(page -> assertThat(page.after()).isEqualTo("PM2"))
        .assertNext(page -> assertThat(page.after()).isEqualTo("PM4"))
        .assertNext(page -> assertThat(page.hasNext()).isFalse())
        .verifyComplete();
  }

  @Test
  void aFailingPageIsRetriedWithoutRestartingTheStream() {
    stubPage(null, List.of("PM1", "PM2"), "PM2");
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .withQueryParam("after", equalTo("PM2"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("<html>unavailable</html>"))
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .withQueryParam("after", equalTo("PM2"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(page(List.of("PM3"), null))));

    StepVerifier.create(client.payments().all().map(Payment::id))
        .expectNext("PM1", "PM2", "PM3")
        .verifyComplete();
    assertThat(
            server.findAll(
                getRequestedFor(urlPathEqualTo("/payments")).withQueryParam("after", absent())))
        .hasSize(1);
  }

  @Test
  void explicitLimitIsKeptAndInvalidLimitsFailBeforeAnyRequest() {
    stubPage(null, List.of("PM1"), null);

    StepVerifier.create(client.payments().all(PaymentListParams.builder().limit(50).build()))
        .expectNextCount(1)
        .verifyComplete();
    server.verify(
        getRequestedFor(urlPathEqualTo("/payments")).withQueryParam("limit", equalTo("50")));

    assertThatThrownBy(() -> PaymentListParams.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 500");
    assertThatThrownBy(() -> PaymentListParams.builder().limit(501))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void stubPage(String after, List<String> ids, String next) {
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .withQueryParam("after", after == null ? absent() : equalTo(after))
            .willReturn(okJson(page(ids, next))));
  }

  private static String page(List<String> ids, String next) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    return "{\"payments\":["
        + items
        + "],\"meta\":{\"cursors\":{\"before\":null,\"after\":"
        + (next == null ? "null" : "\"" + next + "\"")
        + "},\"limit\":2}}";
  }
}

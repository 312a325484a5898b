package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.gcflux.client.paging.PartitionedExport;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.PaymentListParams;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartitionedExportTest {
  private static WireMockServer server;
  private GoCardlessClient client;

  @BeforeAll
  static void startServer() {
    server =
        new WireMockServer(
            WireMockConfiguration.options().dynamicPort().extensions(new HourlyPayments()));
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .willReturn(aResponse().withTransformers("hourly-payments")));
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void startClient() {
    server.resetRequests();
    client = GoCardlessClient.builder().accessToken("t").baseUrl(server.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void slicesCoverTheRangeExactlyOnce() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-01-01T00:00:10Z");
    List<Instant> bounds = PartitionedExport.between(from, to).slices(3).boundaries();
    assertThat(bounds).hasSize(4).startsWith(from).endsWith(to).isSorted();
    assertThatThrownBy(() -> PartitionedExport.between(to, from))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyItemArrivesExactlyOnceAcrossConcurrentSlices() {
    // One payment per hour of one day; the server filters by created_at like the API.

    Instant day = Instant.parse("2026-03-01T00:00:00Z");
    List<String> ids =
        PartitionedExport.between(day, day.plusSeconds(24 * 3600)).slices(5).concurrency(3).stream(
                (gte, lt) -> createdBetween(gte, lt, 2))
            .map(Payment::id)
            .collectList()
            .block(java.time.Duration.ofSeconds(30));

    assertThat(ids).hasSize(24);
    assertThat(new HashSet<>(ids)).hasSize(24);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/payments"))).size())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void orderedStreamsEmitSliceBySlice() {
    Instant day = Instant.parse("2026-03-01T00:00:00Z");

    List<OffsetDateTime> times =
        PartitionedExport.between(day, day.plusSeconds(24 * 3600))
            .slices(4)
            .concurrency(4)
            .ordered(true)
            .stream((gte, lt) -> createdBetween(gte, lt, 500))
            .map(Payment::createdAt)
            .collectList()
            .block(java.time.Duration.ofSeconds(30));

    assertThat(times).hasSize(24).isSorted();
  }

  private reactor.core.publisher.Flux<Payment> createdBetween(
      OffsetDateTime gte, OffsetDateTime lt, int limit) {
    return client
        .payments()
        .all(
            PaymentListParams.builder()
                .createdAt(PaymentListParams.CreatedAt.builder().gte(gte).lt(lt).build())
                .limit(limit)
                .build());
  }

  /** Serves one payment per hour of 2026-03-01, honouring created_at[gte|lt], after and limit. */
  static final class HourlyPayments implements ResponseTransformerV2 {
    @Override
    public Response transform(Response response, ServeEvent event) {
      var request = event.getRequest();
      Instant gte = Instant.parse(request.queryParameter("created_at[gte]").firstValue());
      Instant lt = Instant.parse(request.queryParameter("created_at[lt]").firstValue());
      int limit = Integer.parseInt(request.queryParameter("limit").firstValue());
      var afterParam = request.queryParameter("after");
      int afterHour =
          afterParam.isPresent() ? Integer.parseInt(afterParam.firstValue().substring(4)) : -1;
      Instant day = Instant.parse("2026-03-01T00:00:00Z");
      StringBuilder items = new StringBuilder();
      int count = 0;
      int last = -1;
      boolean more = false;
      for (int hour = 0; hour < 24; hour++) {
        Instant at = day.plusSeconds(hour * 3600L);
        if (hour <= afterHour || at.isBefore(gte) || !at.isBefore(lt)) {
          continue;
        }
        if (count == limit) {
          more = true;
          break;
        }
        items
            .append(count == 0 ? "" : ",")
            .append("{\"id\":\"PMH_")
            .append(hour)
            .append("\",\"created_at\":\"")
            .append(at)
            .append("\"}");
        count++;
        last = hour;
      }
      String after = more ? "\"PMH_" + last + "\"" : "null";
      return Response.Builder.like(response)
          .status(200)
          .headers(
              new com.github.tomakehurst.wiremock.http.HttpHeaders(
                  new com.github.tomakehurst.wiremock.http.HttpHeader(
                      "Content-Type", "application/json")))
          .body(
              "{\"payments\":["
                  + items
                  + "],\"meta\":{\"cursors\":{\"before\":null,\"after\":"
                  + after
                  + "},\"limit\":"
                  + limit
                  + "}}")
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return "hourly-payments";
    }
  }
}

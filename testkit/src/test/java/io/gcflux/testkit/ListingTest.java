package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListingTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

  @RegisterExtension
  static GoCardlessEmulatorExtension emulator =
      new GoCardlessEmulatorExtension(GoCardlessEmulator.builder().clock(CLOCK));

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  private static List<String> ids(JsonNode list, String envelope) {
    List<String> ids = new ArrayList<>();
    list.path(envelope).forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  @Test
  void pagesNewestFirstWithCursorsBothWays() throws IOException {
    List<String> created = emulator.emulator().seedPayments(120);
    List<String> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);

    JsonNode first = json(http.get("/payments?limit=50"));
    assertThat(ids(first, "payments")).isEqualTo(newestFirst.subList(0, 50));
    assertThat(first.path("meta").path("limit").asInt()).isEqualTo(50);
    assertThat(first.path("meta").path("cursors").path("before").isNull()).isTrue();
    String after = first.path("meta").path("cursors").path("after").asText();
    assertThat(after).isEqualTo(newestFirst.get(49));

    JsonNode second = json(http.get("/payments?limit=50&after=" + after));
    assertThat(ids(second, "payments")).isEqualTo(newestFirst.subList(50, 100));
    assertThat(second.path("meta").path("cursors").path("before").asText())
        .isEqualTo(newestFirst.get(50));

    JsonNode third =
        json(
            http.get(
                "/payments?limit=50&after="
                    + second.path("meta").path("cursors").path("after").asText()));
    assertThat(ids(third, "payments")).isEqualTo(newestFirst.subList(100, 120));
    assertThat(third.path("meta").path("cursors").path("after").isNull()).isTrue();

    JsonNode back =
        json(
            http.get(
                "/payments?limit=50&before="
                    + third.path("meta").path("cursors").path("before").asText()));
    assertThat(ids(back, "payments")).isEqualTo(newestFirst.subList(50, 100));
    assertThat(back.path("meta").path("cursors").path("after").asText())
        .isEqualTo(newestFirst.get(99));
  }

  @Test
  void walkingAllPagesVisitsEveryItemOnce() throws IOException {
    List<String> created = emulator.emulator().seedCustomers(25);
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page =
          json(http.get("/customers?limit=7" + (after == null ? "" : "&after=" + after)));
      seen.addAll(ids(page, "customers"));
      JsonNode cursor = page.path("meta").path("cursors").path("after");
      after = cursor.isNull() ? null : cursor.asText();
      pages++;
    } while (after != null);
    assertThat(pages).isEqualTo(4);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
  }

  @Test
  void filtersByStatusAndLinks() throws IOException {
    List<String> payments = emulator.emulator().seedPayments(5);
    http.post("/payments/" + payments.get(1) + "/actions/cancel", "{}");
    http.post("/payments/" + payments.get(3) + "/actions/cancel", "{}");

    JsonNode cancelled = json(http.get("/payments?status=cancelled"));
    assertThat(ids(cancelled, "payments")).containsExactly(payments.get(3), payments.get(1));
    JsonNode pending = json(http.get("/payments?status=pending_submission&currency=GBP"));
    assertThat(ids(pending, "payments")).hasSize(3);

    String mandate = emulator.emulator().seedMandates(1).get(0);
    assertThat(ids(json(http.get("/payments?mandate=" + mandate)), "payments")).isEmpty();
    JsonNode mandateBody = json(http.get("/mandates/" + mandate)).path("mandates");
    String customer = mandateBody.path("links").path("customer").asText();
    assertThat(ids(json(http.get("/mandates?customer=" + customer)), "mandates"))
        .containsExactly(mandate);
  }

  @Test
  void filtersByCreatedAtRange() throws IOException {
    List<String> old = emulator.emulator().seedCustomers(3);
    CLOCK.advance(Duration.ofHours(1));
    Instant boundary = CLOCK.instant();
    List<String> recent = emulator.emulator().seedCustomers(2);

    JsonNode gte = json(http.get("/customers?created_at%5Bgte%5D=" + boundary));
    assertThat(ids(gte, "customers")).containsExactlyInAnyOrderElementsOf(recent);
    JsonNode lt = json(http.get("/customers?created_at[lt]=" + boundary));
    assertThat(ids(lt, "customers")).containsExactlyInAnyOrderElementsOf(old);
    JsonNode gt = json(http.get("/customers?created_at[gt]=" + boundary));
    assertThat(ids(gt, "customers")).isEmpty();
  }

  @Test
  void rejectsLimitsOutsideOneToFiveHundred() throws IOException {
    for (String limit : List.of("0", "501", "abc")) {
      HttpResponse<String> response = http.get("/payments?limit=" + limit);
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).path("error").path("type").asText()).isEqualTo("invalid_api_usage");
    }
    assertThat(http.get("/payments?limit=500").statusCode()).isEqualTo(200);
  }
}

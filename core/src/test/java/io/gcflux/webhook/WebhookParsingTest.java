package io.gcflux.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Event;
import io.gcflux.core.model.Event.ResourceType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookParsingTest {
  private static final String SECRET = "test-endpoint-secret";

  private static final String BATCH =
      """
      {
        "events": [
          {
            "id": "EV001",
            "created_at": "2025-01-02T10:00:00.000Z",
            "resource_type": "payments",
            "action": "confirmed",
            "details": {"origin": "gocardless", "cause": "payment_confirmed",
                        "description": "Enough time has passed since the payment was submitted."},
            "metadata": {},
            "links": {"payment": "PM001"}
          },
          {
            "id": "EV002",
            "created_at": "2025-01-02T10:00:01.000Z",
            "resource_type": "mandates",
            "action": "active",
            "details": {"origin": "gocardless", "cause": "mandate_activated"},
            "links": {"mandate": "MD001"}
          },
          {
            "id": "EV003",
            "created_at": "2025-01-02T10:00:02.000Z",
            "resource_type": "payments",
            "action": "paid_out",
            "links": {"payment": "PM002", "payout": "PO001"}
          }
        ],
        "meta": {"webhook_id": "WB001"}
      }
      """;

  @Test
  void decodesEventsInOrder() {
    List<Event> events = Webhooks.parse(BATCH, Signing.sign(BATCH, SECRET), SECRET);

    assertThat(events).extracting(Event::id).containsExactly("EV001", "EV002", "EV003");
    Event first = events.get(0);
    assertThat(first.resourceType()).isEqualTo(ResourceType.PAYMENTS);
    assertThat(first.action()).isEqualTo("confirmed");
    assertThat(first.links().payment()).isEqualTo("PM001");
    assertThat(first.details().cause()).isEqualTo("payment_confirmed");
    assertThat(first.createdAt().getYear()).isEqualTo(2025);
  }

  @Test
  void readsTheWebhookIdFromMeta() {
    WebhookBatch batch = Webhooks.parseWebhook(BATCH, Signing.sign(BATCH, SECRET), SECRET);

    assertThat(batch.webhookId()).isEqualTo("WB001");
    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.toString()).contains("WB001").doesNotContain(SECRET);
  }

  @Test
  void readsMetaBeforeEventsToo() {
    String body = "{\"meta\":{\"webhook_id\":\"WB9\"},\"events\":[{\"id\":\"EV9\"}]}";
    WebhookBatch batch = Webhooks.parseWebhook(body, Signing.sign(body, SECRET), SECRET);

    assertThat(batch.webhookId()).isEqualTo("WB9");
    assertThat(batch.events()).extracting(Event::id).containsExactly("EV9");
  }

  @Test
  void hasNoWebhookIdWithoutMeta() {
    String body = "{\"events\":[]}";
    WebhookBatch batch = Webhooks.parseWebhook(body, Signing.sign(body, SECRET), SECRET);

    assertThat(batch.webhookId()).isNull();
    assertThat(batch.isEmpty()).isTrue();
  }

  @Test
  void decodesTheSameFromEveryBodyType() {
    byte[] bytes = BATCH.getBytes(StandardCharsets.UTF_8);
    String signature = Signing.sign(bytes, SECRET);

    List<Event> fromString = Webhooks.parse(BATCH, signature, SECRET);
    List<Event> fromBytes = Webhooks.parse(bytes, signature, SECRET);
    List<Event> fromBuffer = Webhooks.parse(ByteBuffer.wrap(bytes), signature, SECRET);

    assertThat(fromBytes).isEqualTo(fromString);
    assertThat(fromBuffer).isEqualTo(fromString);
  }

  @Test
  void keepsUnknownResourceTypesActionsAndFields() {
    String body =
        "{\"events\":[{\"id\":\"EV1\",\"resource_type\":\"widgets\",\"action\":\"wobbled\","
            + "\"brand_new_field\":{\"nested\":[1,2.50]},"
            + "\"links\":{\"widget\":\"WG1\",\"payment\":\"PM1\"}}],"
            + "\"meta\":{\"webhook_id\":\"WB1\",\"extra\":true},\"top_level_extra\":[1]}";

    Event event = Webhooks.parse(body, Signing.sign(body, SECRET), SECRET).get(0);

    assertThat(event.resourceType().value()).isEqualTo("widgets");
    assertThat(event.resourceType().isKnown()).isFalse();
    assertThat(event.action()).isEqualTo("wobbled");
    assertThat(event.toJson()).contains("\"brand_new_field\":{\"nested\":[1,2.50]}");
    assertThat(WebhookEvents.resourceId(event)).isEqualTo("WG1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html>502 Bad Gateway</html>",
        "{\"events\":[",
        "{\"events\":[]} trailing",
        "not json at all"
      })
  void reportsABodyThatIsNotJson(String body) {
    assertThatThrownBy(() -> Webhooks.parse(body, Signing.sign(body, SECRET), SECRET))
        .isExactlyInstanceOf(MalformedWebhookException.class)
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).statusCode()).isZero());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"meta\":{\"webhook_id\":\"WB1\"}}",
        "{\"events\":{\"id\":\"EV1\"}}",
        "{\"events\":null}",
        "[]",
        "\"events\"",
        "42"
      })
  void reportsJsonWithoutAnEventsArray(String body) {
    assertThatThrownBy(() -> Webhooks.parse(body, Signing.sign(body, SECRET), SECRET))
        .isExactlyInstanceOf(MalformedWebhookException.class)
        .hasMessageContaining("\"events\"");
  }

  @Test
  void reportsAnEventThatIsNotAnObject() {
    String body = "{\"events\":[{\"id\":\"EV1\"}, \"EV2\"]}";
    assertThatThrownBy(() -> Webhooks.parse(body, Signing.sign(body, SECRET), SECRET))
        .isExactlyInstanceOf(MalformedWebhookException.class)
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void reportsASignedEmptyBodyAsMalformed() {
    String signature = Signing.sign(new byte[0], SECRET);
    assertThatThrownBy(() -> Webhooks.parse(new byte[0], signature, SECRET))
        .isExactlyInstanceOf(MalformedWebhookException.class)
        .hasMessageContaining("the body was empty");
    assertThatThrownBy(() -> Webhooks.parse(ByteBuffer.allocate(0), signature, SECRET))
        .isExactlyInstanceOf(MalformedWebhookException.class);
  }

  @Test
  void checksTheSignatureBeforeLookingAtTheBody() {
    assertThatThrownBy(() -> Webhooks.parse("not json", Signing.sign("other", SECRET), SECRET))
        .isExactlyInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void groupsEventsByResourceTypeInOrder() {
    WebhookBatch batch = Webhooks.parseWebhook(BATCH, Signing.sign(BATCH, SECRET), SECRET);

    var groups = batch.byResourceType();

    assertThat(groups).containsOnlyKeys("payments", "mandates");
    assertThat(groups.keySet()).containsExactly("payments", "mandates");
    assertThat(groups.get("payments")).extracting(Event::id).containsExactly("EV001", "EV003");
    assertThat(groups.get("mandates")).extracting(Event::id).containsExactly("EV002");
    assertThatThrownBy(() -> groups.get("payments").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void filtersEventsByResourceType() {
    WebhookBatch batch = Webhooks.parseWebhook(BATCH, Signing.sign(BATCH, SECRET), SECRET);

    assertThat(batch.ofResourceType(ResourceType.PAYMENTS))
        .extracting(Event::id)
        .containsExactly("EV001", "EV003");
    assertThat(WebhookEvents.ofResourceType(batch.events(), "mandates"))
        .extracting(Event::id)
        .containsExactly("EV002");
    assertThat(batch.ofResourceType(ResourceType.REFUNDS)).isEmpty();
  }

  @Test
  void groupsEventsWithoutAResourceTypeUnderTheEmptyKey() {
    List<Event> events = List.of(event("{\"id\":\"EV1\"}"), event(payment("EV2", "PM2")));

    assertThat(WebhookEvents.byResourceType(events)).containsOnlyKeys("", "payments");
  }

  @Test
  void findsTheAffectedResourceOfEachKnownType() {
    assertThat(WebhookEvents.resourceId(event(payment("EV1", "PM1")))).isEqualTo("PM1");
    for (var type : ResourceType.knownValues()) {
      if (type.equals(ResourceType.EXPORTS)) {
        continue; // The API describes no export link.
      }
      String link = type.value().substring(0, type.value().length() - 1);
      Event event =
          event(
              "{\"id\":\"EV1\",\"resource_type\":\""
                  + type.value()
                  + "\",\"links\":{\"organisation\":\"OR0\",\""
                  + link
                  + "\":\"ID-"
                  + link
                  + "\"}}");
      assertThat(WebhookEvents.resourceId(event)).as(type.value()).isEqualTo("ID-" + link);
    }
  }

  @Test
  void usesTheMainLinkNotTheOthers() {
    Event paidOut =
        event(
            "{\"resource_type\":\"payments\",\"links\":{\"payout\":\"PO1\",\"payment\":\"PM1\","
                + "\"mandate\":\"MD1\"}}");
    Event replaced =
        event(
            "{\"resource_type\":\"mandates\",\"links\":{\"new_mandate\":\"MD2\","
                + "\"mandate\":\"MD1\"}}");

    assertThat(WebhookEvents.resourceId(paidOut)).isEqualTo("PM1");
    assertThat(WebhookEvents.resourceId(replaced)).isEqualTo("MD1");
  }

  @Test
  void hasNoResourceIdWithoutTheLink() {
    assertThat(WebhookEvents.resourceId(event("{\"resource_type\":\"payments\"}"))).isNull();
    assertThat(WebhookEvents.resourceId(event("{\"resource_type\":\"payments\",\"links\":{}}")))
        .isNull();
    assertThat(WebhookEvents.resourceId(event("{\"links\":{\"payment\":\"PM1\"}}"))).isNull();
    assertThat(WebhookEvents.resourceId(event("{\"resource_type\":\"exports\",\"links\":{}}")))
        .isNull();
  }

  private static String payment(String id, String paymentId) {
    return "{\"id\":\""
        + id
        + "\",\"resource_type\":\"payments\",\"links\":{\"payment\":\""
        + paymentId
        + "\"}}";
  }

  private static Event event(String json) {
    return GoCardlessJson.fromJson(json, Event.class);
  }
}

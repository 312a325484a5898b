package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Event;
import io.gcflux.core.model.Mandate;
import io.gcflux.core.model.Payment;
import org.junit.jupiter.api.Test;

class ModelDecodingTest {
  private final ObjectMapper mapper = GoCardlessJson.mapper();

  @Test
  void unknownFieldsDecodeAndSurviveReencoding() throws Exception {
    String json =
        "{\"id\":\"PM1\",\"amount\":100,\"brand_new_field\":{\"nested\":[1,2.50,\"x\"]},"
            + "\"links\":{\"mandate\":\"MD1\",\"new_link\":\"XX1\"}}";

    Payment payment = mapper.readValue(json, Payment.class);

    assertThat(payment.id()).isEqualTo("PM1");
    assertThat(payment.links().mandate()).isEqualTo("MD1");
    assertThat(mapper.readTree(mapper.writeValueAsString(payment)))
        .isEqualTo(mapper.readTree(json));
    assertThat(mapper.writeValueAsString(payment)).contains("2.50");
  }

  @Test
  void unknownEnumValuesDecodeAndKeepTheirRawValue() throws Exception {
    Payment payment =
        mapper.readValue("{\"status\":\"teleported\",\"currency\":\"GBP\"}", Payment.class);

    assertThat(payment.status().isKnown()).isFalse();
    assertThat(payment.status().value()).isEqualTo("teleported");
    assertThat(payment.status()).isEqualTo(Payment.Status.of("teleported"));
    assertThat(payment.currency()).isSameAs(Currency.GBP);
    assertThat(payment.currency().isKnown()).isTrue();
    assertThat(GoCardlessJson.toJson(payment)).contains("\"teleported\"");
  }

  @Test
  void exchangeRatesKeepTheirExactText() throws Exception {
    Payment payment = mapper.readValue("{\"fx\":{\"exchange_rate\":\"1.100000\"}}", Payment.class);
    assertThat(payment.fx().exchangeRate()).isEqualTo("1.100000");
  }

  @Test
  void absentFieldsAreNull() throws Exception {
    Mandate mandate = mapper.readValue("{}", Mandate.class);
    assertThat(mandate.id()).isNull();
    assertThat(mandate.createdAt()).isNull();
    assertThat(mandate.links()).isNull();
  }

  @Test
  void eventsWithUnknownResourceTypesDecode() throws Exception {
    String json =
        "{\"id\":\"EV1\",\"resource_type\":\"space_payments\",\"action\":\"launched\","
            + "\"details\":{\"origin\":\"api\",\"cause\":\"new_cause\",\"extra\":true},"
            + "\"links\":{\"payment\":\"PM1\"},\"metadata\":{\"k\":{\"deep\":1}}}";
    Event event = mapper.readValue(json, Event.class);
    assertThat(event.resourceType().isKnown()).isFalse();
    assertThat(event.resourceType().value()).isEqualTo("space_payments");
    assertThat(event.action()).isEqualTo("launched");
    assertThat(event.links().payment()).isEqualTo("PM1");
    JsonNode reencoded = mapper.readTree(GoCardlessJson.toJson(event));
    assertThat(reencoded).isEqualTo(mapper.readTree(json));
  }

  @Test
  void resourcesAreValuesWithEqualityByContent() throws Exception {
    Payment a = GoCardlessJson.fromJson("{\"id\":\"PM1\"}", Payment.class);
    Payment b = GoCardlessJson.fromJson("{\"id\":\"PM1\"}", Payment.class);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).startsWith("Payment").contains("PM1");
    assertThat(a.toJson()).isEqualTo("{\"id\":\"PM1\"}");
  }

  @Test
  void resourcesOfDifferentTypesAreNeverEqualEvenWithTheSameJson() throws Exception {
    Payment payment = GoCardlessJson.fromJson("{\"id\":\"X1\"}", Payment.class);
    Mandate mandate = GoCardlessJson.fromJson("{\"id\":\"X1\"}", Mandate.class);
    assertThat(payment).isNotEqualTo(mandate);
    assertThat(mandate).isNotEqualTo(payment);
  }

  @Test
  void malformedTypedValuesFailOnlyTheirGetter() throws Exception {
    Payment payment = mapper.readValue("{\"id\":\"PM1\",\"charge_date\":\"soon\"}", Payment.class);
    assertThat(payment.id()).isEqualTo("PM1");
    assertThatThrownBy(payment::chargeDate).hasMessageContaining("soon");
  }

  @Test
  void sharedEnumsStayOpenAndReEncodeExactly() throws Exception {
    String json = "{\"currency\":\"XAU\",\"id\":\"PM1\"}";
    Payment payment = GoCardlessJson.fromJson(json, Payment.class);

    assertThat(payment.currency().isKnown()).isFalse();
    assertThat(payment.currency().value()).isEqualTo("XAU");
    assertThat(payment.currency()).isEqualTo(Currency.of("XAU"));
    assertThat(GoCardlessJson.toJson(payment)).isEqualTo(json);
    assertThat(Currency.of("GBP")).isSameAs(Currency.GBP);
  }
}

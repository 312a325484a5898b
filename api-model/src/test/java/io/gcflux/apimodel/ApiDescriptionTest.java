package io.gcflux.apimodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription.Resource;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiDescriptionTest {
  private static final String DESCRIPTION =
      Path.of("..", "core", "src", "main", "resources", "io", "gcflux", "core", "api")
          .resolve("gocardless-api.json")
          .toString();

  private static ApiDescription api;

  @BeforeAll
  static void read() throws IOException {
    api = ApiDescription.read(DESCRIPTION);
  }

  @Test
  void idPrefixesAreTheLiveApis() {
    assertThat(prefix("payments")).isEqualTo("PM");
    assertThat(prefix("mandates")).isEqualTo("MD");
    assertThat(prefix("customers")).isEqualTo("CU");
    assertThat(prefix("customer_bank_accounts")).isEqualTo("BA");
    assertThat(prefix("refunds")).isEqualTo("RF");
    assertThat(prefix("billing_requests")).isEqualTo("BRQ");
    assertThat(prefix("billing_request_flows")).isEqualTo("BRF");
    assertThat(prefix("institutions")).isEqualTo("IN");
    assertThat(prefix("blocks")).isEqualTo("BLC");
    assertThat(prefix("outbound_payments")).isEqualTo("OUT");
    assertThat(prefix("tax_rates")).isEqualTo("GB_VAT_");
  }

  @Test
  void everyResourceWithAnIdDeclaresItsPrefix() {
    assertThat(api.resources())
        .filteredOn(Resource::hasId)
        .allSatisfy(r -> assertThat(r.idPrefix()).as(r.name()).isNotBlank());
    assertThat(api.resources())
        .filteredOn(r -> !r.hasId())
        .allSatisfy(r -> assertThat(r.idPrefix()).as(r.name()).isNull());
  }

  @Test
  void linksTakeThePrefixOfTheResourceTheyNameLast() {
    assertThat(api.linkIdPrefix("mandate")).isEqualTo("MD");
    assertThat(api.linkIdPrefix("new_customer_bank_account")).isEqualTo("BA");
    assertThat(api.linkIdPrefix("mandate_request_mandate")).isEqualTo("MD");
    assertThat(api.linkedResource("customer_bank_account").map(Resource::name))
        .contains("customer_bank_accounts");
    assertThat(api.linkedResource("organisation")).isEmpty();
  }

  @Test
  void singularsKeepNamesThatOnlyLookPlural() {
    assertThat(Singular.of("payments")).isEqualTo("payment");
    assertThat(Singular.of("funds_availabilities")).isEqualTo("funds_availability");
    assertThat(Singular.of("addresses")).isEqualTo("address");
    assertThat(Singular.of("status")).isEqualTo("status");
    assertThat(Singular.of("periodic_limits")).isEqualTo("periodic_limit");
    assertThat(api.require("customer_bank_accounts").singular()).isEqualTo("customer_bank_account");
  }

  @Test
  void pageSizeComesFromTheConventions() {
    assertThat(api.pageSize().defaultSize()).isEqualTo(500);
    assertThat(api.pageSize().max()).isEqualTo(500);
  }

  @Test
  void requiredCreateParamsAreDescribed() {
    assertThat(api.require("payments").action("create").orElseThrow().required())
        .containsExactly("amount", "currency", "links.mandate");
    assertThat(api.require("mandates").action("create").orElseThrow().required())
        .containsExactly("links.customer_bank_account");
    assertThat(api.require("refunds").action("create").orElseThrow().required())
        .contains("amount", "links.payment");
    assertThat(api.require("customers").action("create").orElseThrow().required()).isEmpty();
  }

  @Test
  void examplesCarryIdsLinksAndValuesOfTheDescription() {
    Resource payments = api.require("payments");
    ObjectNode payment = api.examples().resource(payments);
    assertThat(payment.path("id").asText()).isEqualTo("PM0001ABCD2345");
    assertThat(api.exampleId(payments)).isEqualTo("PM0001ABCD2345");
    assertThat(payment.path("links").path("mandate").asText()).isEqualTo("MD0001ABCD2345");
    assertThat(payment.path("amount").asLong()).isEqualTo(1000);
    assertThat(payment.path("created_at").asText()).isEqualTo("2026-01-15T10:30:00.000Z");
    assertThat(payment.path("metadata").has("example_key")).isTrue();

    JsonNode customer = api.examples().resource(api.require("customers"), "CU123");
    assertThat(customer.path("id").asText()).isEqualTo("CU123");
    assertThat(customer.path("email").asText()).isEqualTo("jane.doe@example.com");
  }

  @Test
  void paramsExamplesLinkTheExampleResources() {
    ObjectNode params =
        api.examples().params(api.require("payments").action("create").orElseThrow());
    assertThat(params.path("links").path("mandate").asText()).isEqualTo("MD0001ABCD2345");
    assertThat(params.path("amount").asLong()).isEqualTo(1000);
  }

  @Test
  void examplesAreFreshCopies() {
    Resource payments = api.require("payments");
    api.examples().resource(payments).put("amount", 1);
    assertThat(api.examples().resource(payments).path("amount").asLong()).isEqualTo(1000);
  }

  @Test
  void unknownResourcesAreNamedInTheError() {
    assertThatThrownBy(() -> api.require("paymentz")).hasMessageContaining("paymentz");
  }

  private static String prefix(String resource) {
    return api.idPrefix(api.require(resource));
  }
}

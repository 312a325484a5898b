package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.core.internal.Params;
import io.gcflux.core.json.GoCardlessJson;
import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Mandate;
import io.gcflux.core.params.BillingRequestCreateParams;
import io.gcflux.core.params.BillingRequestWithActionCreateWithActionsParams;
import io.gcflux.core.params.MandateListParams;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
  @Test
  void paramsBuildTheApiJsonWithNestedLinks() {
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(1500)
            .currency(Currency.GBP)
            .links(PaymentCreateParams.Links.builder().mandate("MD1").build())
            .metadata(Map.of("order", "7"))
            .build();

    assertThat(GoCardlessJson.toJson(params))
        .isEqualTo(
            "{\"amount\":1500,\"currency\":\"GBP\",\"links\":{\"mandate\":\"MD1\"},"
                + "\"metadata\":{\"order\":\"7\"}}");
    assertThat(params.amount()).isEqualTo(1500L);
    assertThat(params.links().mandate()).isEqualTo("MD1");
  }

  @Test
  void requestBodiesWrapTheParamsJsonExactlyInTheEnvelope() {
    PaymentCreateParams params =
        PaymentCreateParams.builder()
            .amount(1500)
            .currency(Currency.GBP)
            .links(l -> l.mandate("MD1"))
            .build();

    assertThat(new String(Params.body("payments", params), StandardCharsets.UTF_8))
        .isEqualTo("{\"payments\":" + params.toJson() + "}")
        .isEqualTo(
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\",\"links\":{\"mandate\":\"MD1\"}}}");
    assertThat(new String(Params.body("data", null), StandardCharsets.UTF_8))
        .isEqualTo("{\"data\":{}}");
  }

  @Test
  void onlyGeneratedParamsCanBeEncoded() {
    assertThatThrownBy(() -> Params.body("payments", Map.of("amount", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a gcflux params or resource type");
  }

  @Test
  void builtParamsDoNotChangeWhenTheBuilderDoes() {
    PaymentCreateParams.Builder builder = PaymentCreateParams.builder().amount(100);
    PaymentCreateParams first = builder.build();
    builder.amount(200);
    assertThat(first.amount()).isEqualTo(100L);
    assertThat(first.toBuilder().amount(300).build().amount()).isEqualTo(300L);
    assertThat(first.amount()).isEqualTo(100L);
  }

  @Test
  void toStringNamesFieldsButNeverValues() {
    PaymentCreateParams params =
        PaymentCreateParams.builder().description("secret purchase").amount(5).build();
    assertThat(params.toString()).contains("description", "amount").doesNotContain("secret");
  }

  @Test
  void filtersEncodeIntoBracketedQueryKeys() {
    PaymentListParams params =
        PaymentListParams.builder()
            .createdAt(
                PaymentListParams.CreatedAt.builder()
                    .gte(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)))
                    .build())
            .customer("CU 1")
            .build();
    assertThat(Params.query(params))
        .isEqualTo("created_at%5Bgte%5D=2025-12-31T23%3A00%3A00.000Z&customer=CU%201");
  }

  @Test
  void listValuedFiltersJoinWithCommas() {
    MandateListParams params =
        MandateListParams.builder()
            .status(List.of(Mandate.Status.ACTIVE, Mandate.Status.of("new_one")))
            .build();
    assertThat(Params.query(params)).isEqualTo("status=active%2Cnew_one");
  }

  @Test
  void payToMandateRequestsNeedAMaximumAmountPerPayment() {
    BillingRequestCreateParams.MandateRequest payTo =
        BillingRequestCreateParams.MandateRequest.builder()
            .scheme("pay_to")
            .currency("AUD")
            .build();

    assertThatThrownBy(() -> BillingRequestCreateParams.builder().mandateRequest(payTo).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mandate_request.constraints.max_amount_per_payment")
        .hasMessageContaining("pay_to");

    BillingRequestCreateParams ok =
        BillingRequestCreateParams.builder()
            .mandateRequest(
                payTo.toBuilder()
                    .constraints(
                        BillingRequestCreateParams.MandateRequest.Constraints.builder()
                            .maxAmountPerPayment(10_000)
                            .build())
                    .build())
            .build();
    assertThat(ok.mandateRequest().constraints().maxAmountPerPayment()).isEqualTo(10_000L);
    assertThat(
            BillingRequestCreateParams.builder()
                .mandateRequest(
                    BillingRequestCreateParams.MandateRequest.builder().scheme("bacs").build())
                .build())
        .isNotNull();
  }

  @Test
  void createWithActionsTakesTheNestedShapeAndTheSameRule() {
    BillingRequestWithActionCreateWithActionsParams params =
        BillingRequestWithActionCreateWithActionsParams.builder()
            .mandateRequest(
                BillingRequestWithActionCreateWithActionsParams.MandateRequest.builder()
                    .scheme("bacs")
                    .build())
            .paymentRequest(
                BillingRequestWithActionCreateWithActionsParams.PaymentRequest.builder()
                    .amount(500)
                    .currency("GBP")
                    .build())
            .actions(
                BillingRequestWithActionCreateWithActionsParams.Actions.builder()
                    .createBankAuthorisation(true)
                    .build())
            .build();
    assertThat(GoCardlessJson.toJson(params))
        .contains("\"mandate_request\":{\"scheme\":\"bacs\"}")
        .contains("\"actions\":{\"create_bank_authorisation\":true}");

    assertThatThrownBy(
            () ->
                BillingRequestWithActionCreateWithActionsParams.builder()
                    .mandateRequest(
                        BillingRequestWithActionCreateWithActionsParams.MandateRequest.builder()
                            .scheme("pay_to")
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max_amount_per_payment");
  }
}

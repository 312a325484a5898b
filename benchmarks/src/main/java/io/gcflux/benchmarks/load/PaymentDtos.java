package io.gcflux.benchmarks.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The small hand-written DTOs of the two baselines: only the fields an application reads, unknown
 * fields ignored. This is what a team writes when it calls the API without an SDK.
 */
final class PaymentDtos {
  private PaymentDtos() {}

  /** {@code POST /payments} body. */
  record CreateRequest(NewPayment payments) {}

  record NewPayment(long amount, String currency, MandateLink links) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record MandateLink(String mandate) {}

  /** {@code POST /payments} answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Created(PaymentDto payments) {}

  /** {@code GET /payments} answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PageDto(List<PaymentDto> payments, Meta meta) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(Cursors cursors, Integer limit) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Cursors(String before, String after) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PaymentDto(
      String id,
      long amount,
      String currency,
      String status,
      @JsonProperty("charge_date") String chargeDate,
      MandateLink links) {}

  static final CreateRequest NEW_PAYMENT =
      new CreateRequest(new NewPayment(1500, "GBP", new MandateLink("MD000123")));
}

package io.gcflux.samples.batch;

import io.gcflux.core.model.Currency;
import io.gcflux.core.params.PaymentCreateParams;
import java.util.List;

/**
 * One input row: {@code row_id,mandate_id,amount,currency,reference}, amount in minor units. Rows
 * that cannot even be turned into a request (an amount that is not a whole number, a currency
 * GoCardless does not take) carry the reason instead of params; the API judges the rest, so a
 * negative amount or a missing or unknown mandate is refused with the API's own words.
 *
 * @param rowId the row's id, also its idempotency key's seed and the payment's {@code row_id}
 * @param params the payment to create, or {@code null} when {@code problem} says why not
 * @param problem why the row cannot be sent, or {@code null}
 */
record PaymentRow(String rowId, PaymentCreateParams params, String problem) {
  static final List<String> HEADER =
      List.of("row_id", "mandate_id", "amount", "currency", "reference");

  static PaymentRow parse(List<String> fields, int lineNumber) {
    String rowId = fields.isEmpty() ? "" : fields.get(0).trim();
    if (rowId.isEmpty()) {
      return new PaymentRow("line-" + lineNumber, null, "the row has no row_id");
    }
    if (fields.size() != HEADER.size()) {
      return new PaymentRow(
          rowId, null, "expected " + HEADER.size() + " columns, found " + fields.size());
    }
    String mandate = fields.get(1).trim();
    long amount;
    try {
      amount = Long.parseLong(fields.get(2).trim());
    } catch (NumberFormatException e) {
      return new PaymentRow(
          rowId, null, "amount must be a whole number of minor units, was '" + fields.get(2) + "'");
    }
    String currency = fields.get(3).trim();
    if (!Currency.of(currency).isKnown()) {
      return new PaymentRow(
          rowId,
          null,
          "currency '"
              + currency
              + "' is not one GoCardless takes ("
              + String.join(" ", Currency.knownValues().stream().map(Currency::value).toList())
              + ")");
    }
    PaymentCreateParams.Builder params =
        PaymentCreateParams.builder()
            .amount(amount)
            .currency(currency)
            .putMetadata("row_id", rowId)
            .links(l -> l.mandate(mandate));
    String reference = fields.get(4).trim();
    if (!reference.isEmpty()) {
      params.reference(reference);
    }
    return new PaymentRow(rowId, params.build(), null);
  }
}

package io.gcflux.core.model;

import io.gcflux.core.ApiEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of every {@code currency}, {@code fx_payout_currency}, {@code fx_currency} field of
 * every resource and params type, as one type, so a value read from a resource can be passed
 * straight to a params builder.
 *
 * <p>Open: a value the API adds later is kept as sent, with {@link #isKnown()} false, and
 * re-encodes exactly.
 *
 * <p>Generated from gcflux's API description: do not edit.
 */
@Generated(value = "io.gcflux.codegen", comments = "from gocardless-api.json; do not edit")
public final class Currency extends ApiEnum {
  /** {@code AUD} */
  public static final Currency AUD = new Currency("AUD");

  /** {@code CAD} */
  public static final Currency CAD = new Currency("CAD");

  /** {@code DKK} */
  public static final Currency DKK = new Currency("DKK");

  /** {@code EUR} */
  public static final Currency EUR = new Currency("EUR");

  /** {@code GBP} */
  public static final Currency GBP = new Currency("GBP");

  /** {@code NZD} */
  public static final Currency NZD = new Currency("NZD");

  /** {@code SEK} */
  public static final Currency SEK = new Currency("SEK");

  /** {@code USD} */
  public static final Currency USD = new Currency("USD");

  private static final Map<String, Currency> KNOWN = index(AUD, CAD, DKK, EUR, GBP, NZD, SEK, USD);

  private Currency(String value) {
    super(value);
  }

  /** Returns the constant for {@code value}, or a new value if it is not known yet. */
  public static Currency of(String value) {
    Currency known = KNOWN.get(value);
    return known != null ? known : new Currency(value);
  }

  /** The values known when this client was generated, in the API's order. */
  public static List<Currency> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

package io.gcflux.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.core.ApiEnum;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Values;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A payment as the GoCardless API returns it (resource {@code payments}).
 *
 * <p>Immutable. Decoding keeps every field the API sent, known or not, so re-encoding gives back
 * the same JSON. A getter returns {@code null} for a field the API left out.
 *
 * <p>Generated from gcflux's API description: do not edit.
 */
@Generated(value = "io.gcflux.codegen", comments = "from gocardless-api.json; do not edit")
public final class Payment {
  static {
    JsonBacked.register(Payment.class, value -> value.json, Payment::new);
  }

  private final JsonBacked json;

  private Payment(JsonBacked json) {
    this.json = json;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private Payment(ObjectNode node) {
    this(new JsonBacked(node));
  }

  @JsonValue
  private ObjectNode jsonValue() {
    return json.node();
  }

  /** {@code amount}: an integer amount in minor units of the currency (pence, cents). */
  public Long amount() {
    return json.int64("amount");
  }

  /** {@code amount_refunded}: an integer amount in minor units of the currency (pence, cents). */
  public Long amountRefunded() {
    return json.int64("amount_refunded");
  }

  /** {@code app_fee}: an integer amount in minor units of the currency (pence, cents). */
  public Long appFee() {
    return json.int64("app_fee");
  }

  /** {@code charge_date}: a date, on the wire {@code YYYY-MM-DD}. */
  public LocalDate chargeDate() {
    return json.date("charge_date");
  }

  /** {@code created_at}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC). */
  public OffsetDateTime createdAt() {
    return json.timestamp("created_at");
  }

  /**
   * {@code currency}: one of {@code AUD}, {@code CAD}, {@code DKK}, {@code EUR}, {@code GBP},
   * {@code NZD}, {@code SEK}, {@code USD}; a value newer than this client decodes with {@code
   * isKnown() == false}.
   */
  public Currency currency() {
    return json.enumValue("currency", Currency::of);
  }

  /** {@code description}: text. */
  public String description() {
    return json.string("description");
  }

  /** {@code faster_ach}: {@code true} or {@code false}. */
  public Boolean fasterAch() {
    return json.bool("faster_ach");
  }

  /**
   * {@code fx}: an object with {@code estimated_exchange_rate}, {@code exchange_rate}, {@code
   * fx_amount}, {@code fx_currency}.
   */
  public Fx fx() {
    return json.object("fx", Fx::new);
  }

  /** {@code id}: the id the API gave it, unique per resource type. */
  public String id() {
    return json.string("id");
  }

  /** {@code links}: the ids of related resources, one field per link. */
  public Links links() {
    return json.object("links", Links::new);
  }

  /** {@code metadata}: an object of string keys; each value is text. */
  public Map<String, String> metadata() {
    return json.map("metadata", Values::string);
  }

  /** {@code reference}: text. */
  public String reference() {
    return json.string("reference");
  }

  /** {@code retry_if_possible}: {@code true} or {@code false}. */
  public Boolean retryIfPossible() {
    return json.bool("retry_if_possible");
  }

  /** {@code scheme}: text. */
  public String scheme() {
    return json.string("scheme");
  }

  /**
   * {@code status}: one of 9 known values (the constants of the type); a value newer than this
   * client decodes with {@code isKnown() == false}.
   */
  public Status status() {
    return json.enumValue("status", Status::of);
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public String toJson() {
    return json.toJson();
  }

  /** Equal when the other is a {@code Payment} with the same JSON. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Payment && json.equals(((Payment) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Describes this value for logs; {@link #toJson()} gives the exact JSON. */
  @Override
  public String toString() {
    return json.describe("Payment");
  }

  /** The {@code fx} object of {@link Payment}. */
  public static final class Fx {
    static {
      JsonBacked.register(Fx.class, value -> value.json, Fx::new);
    }

    private final JsonBacked json;

    private Fx(JsonBacked json) {
      this.json = json;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private Fx(ObjectNode node) {
      this(new JsonBacked(node));
    }

    @JsonValue
    private ObjectNode jsonValue() {
      return json.node();
    }

    /**
     * {@code estimated_exchange_rate}: a decimal kept as the exact text on the wire, never rounded
     * through a double.
     */
    public String estimatedExchangeRate() {
      return json.string("estimated_exchange_rate");
    }

    /**
     * {@code exchange_rate}: a decimal kept as the exact text on the wire, never rounded through a
     * double.
     */
    public String exchangeRate() {
      return json.string("exchange_rate");
    }

    /** {@code fx_amount}: an integer amount in minor units of the currency (pence, cents). */
    public Long fxAmount() {
      return json.int64("fx_amount");
    }

    /**
     * {@code fx_currency}: one of {@code AUD}, {@code CAD}, {@code DKK}, {@code EUR}, {@code GBP},
     * {@code NZD}, {@code SEK}, {@code USD}; a value newer than this client decodes with {@code
     * isKnown() == false}.
     */
    public Currency fxCurrency() {
      return json.enumValue("fx_currency", Currency::of);
    }

    /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
    public String toJson() {
      return json.toJson();
    }

    /** Equal when the other is a {@code Fx} with the same JSON. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Fx && json.equals(((Fx) other).json);
    }

    @Override
    public int hashCode() {
      return json.hashCode();
    }

    /** Describes this value for logs; {@link #toJson()} gives the exact JSON. */
    @Override
    public String toString() {
      return json.describe("Fx");
    }
  }

  /** The {@code links} object of {@link Payment}. */
  public static final class Links {
    static {
      JsonBacked.register(Links.class, value -> value.json, Links::new);
    }

    private final JsonBacked json;

    private Links(JsonBacked json) {
      this.json = json;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private Links(ObjectNode node) {
      this(new JsonBacked(node));
    }

    @JsonValue
    private ObjectNode jsonValue() {
      return json.node();
    }

    /** {@code creditor}: the id of the linked creditor. */
    public String creditor() {
      return json.string("creditor");
    }

    /** {@code instalment_schedule}: the id of the linked instalment schedule. */
    public String instalmentSchedule() {
      return json.string("instalment_schedule");
    }

    /** {@code mandate}: the id of the linked mandate. */
    public String mandate() {
      return json.string("mandate");
    }

    /** {@code payout}: the id of the linked payout. */
    public String payout() {
      return json.string("payout");
    }

    /** {@code subscription}: the id of the linked subscription. */
    public String subscription() {
      return json.string("subscription");
    }

    /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
    public String toJson() {
      return json.toJson();
    }

    /** Equal when the other is a {@code Links} with the same JSON. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Links && json.equals(((Links) other).json);
    }

    @Override
    public int hashCode() {
      return json.hashCode();
    }

    /** Describes this value for logs; {@link #toJson()} gives the exact JSON. */
    @Override
    public String toString() {
      return json.describe("Links");
    }
  }

  /**
   * The values of {@code status}. Open: a value the API adds later is kept as sent, with {@link
   * #isKnown()} false.
   */
  public static final class Status extends ApiEnum {
    /** {@code pending_customer_approval} */
    public static final Status PENDING_CUSTOMER_APPROVAL = new Status("pending_customer_approval");

    /** {@code pending_submission} */
    public static final Status PENDING_SUBMISSION = new Status("pending_submission");

    /** {@code submitted} */
    public static final Status SUBMITTED = new Status("submitted");

    /** {@code confirmed} */
    public static final Status CONFIRMED = new Status("confirmed");

    /** {@code paid_out} */
    public static final Status PAID_OUT = new Status("paid_out");

    /** {@code cancelled} */
    public static final Status CANCELLED = new Status("cancelled");

    /** {@code customer_approval_denied} */
    public static final Status CUSTOMER_APPROVAL_DENIED = new Status("customer_approval_denied");

    /** {@code failed} */
    public static final Status FAILED = new Status("failed");

    /** {@code charged_back} */
    public static final Status CHARGED_BACK = new Status("charged_back");

    private static final Map<String, Status> KNOWN =
        index(
            PENDING_CUSTOMER_APPROVAL,
            PENDING_SUBMISSION,
            SUBMITTED,
            CONFIRMED,
            PAID_OUT,
            CANCELLED,
            CUSTOMER_APPROVAL_DENIED,
            FAILED,
            CHARGED_BACK);

    private Status(String value) {
      super(value);
    }

    /** Returns the constant for {@code value}, or a new value if it is not known yet. */
    public static Status of(String value) {
      Status known = KNOWN.get(value);
      return known != null ? known : new Status(value);
    }

    /** The values known when this client was generated, in the API's order. */
    public static List<Status> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
      return KNOWN.containsKey(value());
    }
  }
}

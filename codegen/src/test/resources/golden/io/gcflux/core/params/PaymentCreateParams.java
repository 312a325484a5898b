package io.gcflux.core.params;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.core.ApiEnum;
import io.gcflux.core.internal.Json;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Params;
import io.gcflux.core.internal.Values;
import io.gcflux.core.model.Currency;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Parameters of {@code POST /payments} (payments create).
 *
 * <p>Build with {@link #builder()}; builder methods carry the API's parameter names in lower camel
 * case.
 *
 * <p>Generated from gcflux's API description: do not edit.
 */
@Generated(value = "io.gcflux.codegen", comments = "from gocardless-api.json; do not edit")
public final class PaymentCreateParams {
  static {
    JsonBacked.register(PaymentCreateParams.class, value -> value.json, PaymentCreateParams::new);
  }

  private final JsonBacked json;

  private PaymentCreateParams(JsonBacked json) {
    this.json = json;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private PaymentCreateParams(ObjectNode node) {
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

  /** {@code app_fee}: an integer amount in minor units of the currency (pence, cents). */
  public Long appFee() {
    return json.int64("app_fee");
  }

  /** {@code charge_date}: a date, on the wire {@code YYYY-MM-DD}. */
  public LocalDate chargeDate() {
    return json.date("charge_date");
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

  /** {@code links}: the ids of related resources, one field per link. */
  public Links links() {
    return json.object("links", Links::new);
  }

  /** {@code metadata}: an object of string keys; each value is text. */
  public Map<String, String> metadata() {
    return json.map("metadata", Values::string);
  }

  /**
   * {@code psu_interaction_type}: one of {@code in_session}, {@code off_session}; a value newer
   * than this client decodes with {@code isKnown() == false}.
   */
  public PsuInteractionType psuInteractionType() {
    return json.enumValue("psu_interaction_type", PsuInteractionType::of);
  }

  /** {@code reference}: text. */
  public String reference() {
    return json.string("reference");
  }

  /** {@code retry_if_possible}: {@code true} or {@code false}. */
  public Boolean retryIfPossible() {
    return json.bool("retry_if_possible");
  }

  /** Starts building {@code PaymentCreateParams}. */
  public static Builder builder() {
    return new Builder(Json.newObject());
  }

  /** Returns a builder holding a copy of these values. */
  public Builder toBuilder() {
    return new Builder(json.copyNode());
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public String toJson() {
    return json.toJson();
  }

  /** Equal when the other is a {@code PaymentCreateParams} with the same JSON. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentCreateParams && json.equals(((PaymentCreateParams) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Names the params that are set, never their values, which may be personal data. */
  @Override
  public String toString() {
    return Params.describe(json, "PaymentCreateParams");
  }

  /** The {@code links} object of {@link PaymentCreateParams}. */
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

    /** {@code mandate}: the id of the linked mandate. */
    public String mandate() {
      return json.string("mandate");
    }

    /** Starts building {@code Links}. */
    public static Builder builder() {
      return new Builder(Json.newObject());
    }

    /** Returns a builder holding a copy of these values. */
    public Builder toBuilder() {
      return new Builder(json.copyNode());
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

    /** Names the params that are set, never their values, which may be personal data. */
    @Override
    public String toString() {
      return Params.describe(json, "Links");
    }

    /** Builds {@link Links}. Not thread-safe; {@code build()} takes a copy. */
    public static final class Builder {
      private final ObjectNode node;

      private Builder(ObjectNode node) {
        this.node = node;
      }

      /** Sets {@code mandate}: the id of the linked mandate. {@code null} removes it. */
      public Builder mandate(String mandate) {
        Params.put(node, "mandate", mandate);
        return this;
      }

      /** Returns the immutable params. */
      public Links build() {
        return new Links(Params.freeze(node));
      }
    }
  }

  /**
   * The values of {@code psu_interaction_type}. Open: a value the API adds later is kept as sent,
   * with {@link #isKnown()} false.
   */
  public static final class PsuInteractionType extends ApiEnum {
    /** {@code in_session} */
    public static final PsuInteractionType IN_SESSION = new PsuInteractionType("in_session");

    /** {@code off_session} */
    public static final PsuInteractionType OFF_SESSION = new PsuInteractionType("off_session");

    private static final Map<String, PsuInteractionType> KNOWN = index(IN_SESSION, OFF_SESSION);

    private PsuInteractionType(String value) {
      super(value);
    }

    /** Returns the constant for {@code value}, or a new value if it is not known yet. */
    public static PsuInteractionType of(String value) {
      PsuInteractionType known = KNOWN.get(value);
      return known != null ? known : new PsuInteractionType(value);
    }

    /** The values known when this client was generated, in the API's order. */
    public static List<PsuInteractionType> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
      return KNOWN.containsKey(value());
    }
  }

  /** Builds {@link PaymentCreateParams}. Not thread-safe; {@code build()} takes a copy. */
  public static final class Builder {
    private final ObjectNode node;

    private Builder(ObjectNode node) {
      this.node = node;
    }

    /** Sets {@code amount}: an integer amount in minor units of the currency (pence, cents). */
    public Builder amount(long amount) {
      Params.put(node, "amount", amount);
      return this;
    }

    /** Sets {@code app_fee}: an integer amount in minor units of the currency (pence, cents). */
    public Builder appFee(long appFee) {
      Params.put(node, "app_fee", appFee);
      return this;
    }

    /**
     * Sets {@code charge_date}: a date, on the wire {@code YYYY-MM-DD}. {@code null} removes it.
     */
    public Builder chargeDate(LocalDate chargeDate) {
      Params.put(node, "charge_date", chargeDate);
      return this;
    }

    /**
     * Sets {@code currency}: one of {@code AUD}, {@code CAD}, {@code DKK}, {@code EUR}, {@code
     * GBP}, {@code NZD}, {@code SEK}, {@code USD}; a value newer than this client decodes with
     * {@code isKnown() == false}. {@code null} removes it.
     */
    public Builder currency(Currency currency) {
      Params.put(node, "currency", currency);
      return this;
    }

    /**
     * Sets {@code currency} from its API value, including values newer than this client; {@code
     * null} removes it.
     */
    public Builder currency(String currency) {
      Params.put(node, "currency", currency);
      return this;
    }

    /** Sets {@code description}: text. {@code null} removes it. */
    public Builder description(String description) {
      Params.put(node, "description", description);
      return this;
    }

    /** Sets {@code faster_ach}: {@code true} or {@code false}. */
    public Builder fasterAch(boolean fasterAch) {
      Params.put(node, "faster_ach", fasterAch);
      return this;
    }

    /**
     * Sets {@code links}: the ids of related resources, one field per link. {@code null} removes
     * it.
     */
    public Builder links(Links links) {
      Params.put(node, "links", links);
      return this;
    }

    /**
     * Sets {@code links} by filling in a fresh builder, as in {@code links(b -> b...)}; replaces
     * any {@code links} set before.
     */
    public Builder links(Consumer<Links.Builder> links) {
      Links.Builder builder = Links.builder();
      links.accept(builder);
      return links(builder.build());
    }

    /**
     * Sets {@code metadata}: an object of string keys; each value is text. {@code null} removes it.
     */
    public Builder metadata(Map<String, String> metadata) {
      Params.put(node, "metadata", metadata);
      return this;
    }

    /** Adds one entry to {@code metadata}, keeping the others. */
    public Builder putMetadata(String key, String value) {
      Params.putEntry(node, "metadata", key, value);
      return this;
    }

    /**
     * Sets {@code psu_interaction_type}: one of {@code in_session}, {@code off_session}; a value
     * newer than this client decodes with {@code isKnown() == false}. {@code null} removes it.
     */
    public Builder psuInteractionType(PsuInteractionType psuInteractionType) {
      Params.put(node, "psu_interaction_type", psuInteractionType);
      return this;
    }

    /**
     * Sets {@code psu_interaction_type} from its API value, including values newer than this
     * client; {@code null} removes it.
     */
    public Builder psuInteractionType(String psuInteractionType) {
      Params.put(node, "psu_interaction_type", psuInteractionType);
      return this;
    }

    /** Sets {@code reference}: text. {@code null} removes it. */
    public Builder reference(String reference) {
      Params.put(node, "reference", reference);
      return this;
    }

    /** Sets {@code retry_if_possible}: {@code true} or {@code false}. */
    public Builder retryIfPossible(boolean retryIfPossible) {
      Params.put(node, "retry_if_possible", retryIfPossible);
      return this;
    }

    /** Returns the immutable params. */
    public PaymentCreateParams build() {
      return new PaymentCreateParams(Params.freeze(node));
    }
  }
}

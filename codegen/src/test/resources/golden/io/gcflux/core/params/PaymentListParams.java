package io.gcflux.core.params;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.core.ApiEnum;
import io.gcflux.core.CursorParams;
import io.gcflux.core.internal.Json;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Params;
import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Payment;
import io.gcflux.core.model.SortDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Parameters of {@code GET /payments} (payments list).
 *
 * <p>Build with {@link #builder()}; builder methods carry the API's parameter names in lower camel
 * case. A {@link io.gcflux.core.CursorParams}: {@code withAfter(cursor)} gives the params of the
 * next page.
 *
 * <p>Generated from gcflux's API description: do not edit.
 */
@Generated(value = "io.gcflux.codegen", comments = "from gocardless-api.json; do not edit")
public final class PaymentListParams implements CursorParams<PaymentListParams> {
  static {
    JsonBacked.register(PaymentListParams.class, value -> value.json, PaymentListParams::new);
  }

  private final JsonBacked json;

  private PaymentListParams(JsonBacked json) {
    this.json = json;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private PaymentListParams(ObjectNode node) {
    this(new JsonBacked(node));
  }

  @JsonValue
  private ObjectNode jsonValue() {
    return json.node();
  }

  /** {@code charge_date}: an object with {@code gt}, {@code gte}, {@code lt}, {@code lte}. */
  public ChargeDate chargeDate() {
    return json.object("charge_date", ChargeDate::new);
  }

  /** {@code created_at}: an object with {@code gt}, {@code gte}, {@code lt}, {@code lte}. */
  public CreatedAt createdAt() {
    return json.object("created_at", CreatedAt::new);
  }

  /** {@code creditor}: text. */
  public String creditor() {
    return json.string("creditor");
  }

  /**
   * {@code currency}: one of {@code AUD}, {@code CAD}, {@code DKK}, {@code EUR}, {@code GBP},
   * {@code NZD}, {@code SEK}, {@code USD}; a value newer than this client decodes with {@code
   * isKnown() == false}.
   */
  public Currency currency() {
    return json.enumValue("currency", Currency::of);
  }

  /** {@code customer}: text. */
  public String customer() {
    return json.string("customer");
  }

  /** {@code mandate}: text. */
  public String mandate() {
    return json.string("mandate");
  }

  /** {@code scheme}: text. */
  public String scheme() {
    return json.string("scheme");
  }

  /**
   * {@code sort_direction}: one of {@code asc}, {@code desc}; a value newer than this client
   * decodes with {@code isKnown() == false}.
   */
  public SortDirection sortDirection() {
    return json.enumValue("sort_direction", SortDirection::of);
  }

  /**
   * {@code sort_field}: one of {@code charge_date}, {@code amount}; a value newer than this client
   * decodes with {@code isKnown() == false}.
   */
  public SortField sortField() {
    return json.enumValue("sort_field", SortField::of);
  }

  /**
   * {@code status}: one of 9 known values (the constants of the type); a value newer than this
   * client decodes with {@code isKnown() == false}.
   */
  public Payment.Status status() {
    return json.enumValue("status", Payment.Status::of);
  }

  /** {@code subscription}: text. */
  public String subscription() {
    return json.string("subscription");
  }

  /** {@code after}: the cursor the page starts after, from a page's {@code after()}. */
  @Override
  public String after() {
    return json.string("after");
  }

  /** {@code before}: the cursor the page ends before, from a page's {@code before()}. */
  @Override
  public String before() {
    return json.string("before");
  }

  /** {@code limit}: the page size asked for. */
  @Override
  public Long limit() {
    return json.int64("limit");
  }

  /** Starts building {@code PaymentListParams}. */
  public static Builder builder() {
    return new Builder(Json.newObject());
  }

  /** Returns a builder holding a copy of these values. */
  public Builder toBuilder() {
    return new Builder(json.copyNode());
  }

  @Override
  public PaymentListParams withAfter(String after) {
    return toBuilder().before(null).after(after).build();
  }

  @Override
  public PaymentListParams withBefore(String before) {
    return toBuilder().after(null).before(before).build();
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public String toJson() {
    return json.toJson();
  }

  /** Equal when the other is a {@code PaymentListParams} with the same JSON. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentListParams && json.equals(((PaymentListParams) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Names the params that are set, never their values, which may be personal data. */
  @Override
  public String toString() {
    return Params.describe(json, "PaymentListParams");
  }

  /** The {@code charge_date} object of {@link PaymentListParams}. */
  public static final class ChargeDate {
    static {
      JsonBacked.register(ChargeDate.class, value -> value.json, ChargeDate::new);
    }

    private final JsonBacked json;

    private ChargeDate(JsonBacked json) {
      this.json = json;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ChargeDate(ObjectNode node) {
      this(new JsonBacked(node));
    }

    @JsonValue
    private ObjectNode jsonValue() {
      return json.node();
    }

    /** {@code gt}: a date, on the wire {@code YYYY-MM-DD}. */
    public LocalDate gt() {
      return json.date("gt");
    }

    /** {@code gte}: a date, on the wire {@code YYYY-MM-DD}. */
    public LocalDate gte() {
      return json.date("gte");
    }

    /** {@code lt}: a date, on the wire {@code YYYY-MM-DD}. */
    public LocalDate lt() {
      return json.date("lt");
    }

    /** {@code lte}: a date, on the wire {@code YYYY-MM-DD}. */
    public LocalDate lte() {
      return json.date("lte");
    }

    /** Starts building {@code ChargeDate}. */
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

    /** Equal when the other is a {@code ChargeDate} with the same JSON. */
    @Override
    public boolean equals(Object other) {
      return other instanceof ChargeDate && json.equals(((ChargeDate) other).json);
    }

    @Override
    public int hashCode() {
      return json.hashCode();
    }

    /** Names the params that are set, never their values, which may be personal data. */
    @Override
    public String toString() {
      return Params.describe(json, "ChargeDate");
    }

    /** Builds {@link ChargeDate}. Not thread-safe; {@code build()} takes a copy. */
    public static final class Builder {
      private final ObjectNode node;

      private Builder(ObjectNode node) {
        this.node = node;
      }

      /** Sets {@code gt}: a date, on the wire {@code YYYY-MM-DD}. {@code null} removes it. */
      public Builder gt(LocalDate gt) {
        Params.put(node, "gt", gt);
        return this;
      }

      /** Sets {@code gte}: a date, on the wire {@code YYYY-MM-DD}. {@code null} removes it. */
      public Builder gte(LocalDate gte) {
        Params.put(node, "gte", gte);
        return this;
      }

      /** Sets {@code lt}: a date, on the wire {@code YYYY-MM-DD}. {@code null} removes it. */
      public Builder lt(LocalDate lt) {
        Params.put(node, "lt", lt);
        return this;
      }

      /** Sets {@code lte}: a date, on the wire {@code YYYY-MM-DD}. {@code null} removes it. */
      public Builder lte(LocalDate lte) {
        Params.put(node, "lte", lte);
        return this;
      }

      /** Returns the immutable params. */
      public ChargeDate build() {
        return new ChargeDate(Params.freeze(node));
      }
    }
  }

  /** The {@code created_at} object of {@link PaymentListParams}. */
  public static final class CreatedAt {
    static {
      JsonBacked.register(CreatedAt.class, value -> value.json, CreatedAt::new);
    }

    private final JsonBacked json;

    private CreatedAt(JsonBacked json) {
      this.json = json;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private CreatedAt(ObjectNode node) {
      this(new JsonBacked(node));
    }

    @JsonValue
    private ObjectNode jsonValue() {
      return json.node();
    }

    /** {@code gt}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC). */
    public OffsetDateTime gt() {
      return json.timestamp("gt");
    }

    /** {@code gte}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC). */
    public OffsetDateTime gte() {
      return json.timestamp("gte");
    }

    /** {@code lt}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC). */
    public OffsetDateTime lt() {
      return json.timestamp("lt");
    }

    /** {@code lte}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC). */
    public OffsetDateTime lte() {
      return json.timestamp("lte");
    }

    /** Starts building {@code CreatedAt}. */
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

    /** Equal when the other is a {@code CreatedAt} with the same JSON. */
    @Override
    public boolean equals(Object other) {
      return other instanceof CreatedAt && json.equals(((CreatedAt) other).json);
    }

    @Override
    public int hashCode() {
      return json.hashCode();
    }

    /** Names the params that are set, never their values, which may be personal data. */
    @Override
    public String toString() {
      return Params.describe(json, "CreatedAt");
    }

    /** Builds {@link CreatedAt}. Not thread-safe; {@code build()} takes a copy. */
    public static final class Builder {
      private final ObjectNode node;

      private Builder(ObjectNode node) {
        this.node = node;
      }

      /**
       * Sets {@code gt}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC).
       * {@code null} removes it.
       */
      public Builder gt(OffsetDateTime gt) {
        Params.put(node, "gt", gt);
        return this;
      }

      /** Sets {@code gt} from an instant, sent as a UTC timestamp; {@code null} removes it. */
      public Builder gt(Instant gt) {
        return gt(gt == null ? null : gt.atOffset(ZoneOffset.UTC));
      }

      /**
       * Sets {@code gte}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC).
       * {@code null} removes it.
       */
      public Builder gte(OffsetDateTime gte) {
        Params.put(node, "gte", gte);
        return this;
      }

      /** Sets {@code gte} from an instant, sent as a UTC timestamp; {@code null} removes it. */
      public Builder gte(Instant gte) {
        return gte(gte == null ? null : gte.atOffset(ZoneOffset.UTC));
      }

      /**
       * Sets {@code lt}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC).
       * {@code null} removes it.
       */
      public Builder lt(OffsetDateTime lt) {
        Params.put(node, "lt", lt);
        return this;
      }

      /** Sets {@code lt} from an instant, sent as a UTC timestamp; {@code null} removes it. */
      public Builder lt(Instant lt) {
        return lt(lt == null ? null : lt.atOffset(ZoneOffset.UTC));
      }

      /**
       * Sets {@code lte}: a timestamp, on the wire ISO 8601 with an offset (the API sends UTC).
       * {@code null} removes it.
       */
      public Builder lte(OffsetDateTime lte) {
        Params.put(node, "lte", lte);
        return this;
      }

      /** Sets {@code lte} from an instant, sent as a UTC timestamp; {@code null} removes it. */
      public Builder lte(Instant lte) {
        return lte(lte == null ? null : lte.atOffset(ZoneOffset.UTC));
      }

      /** Returns the immutable params. */
      public CreatedAt build() {
        return new CreatedAt(Params.freeze(node));
      }
    }
  }

  /**
   * The values of {@code sort_field}. Open: a value the API adds later is kept as sent, with {@link
   * #isKnown()} false.
   */
  public static final class SortField extends ApiEnum {
    /** {@code charge_date} */
    public static final SortField CHARGE_DATE = new SortField("charge_date");

    /** {@code amount} */
    public static final SortField AMOUNT = new SortField("amount");

    private static final Map<String, SortField> KNOWN = index(CHARGE_DATE, AMOUNT);

    private SortField(String value) {
      super(value);
    }

    /** Returns the constant for {@code value}, or a new value if it is not known yet. */
    public static SortField of(String value) {
      SortField known = KNOWN.get(value);
      return known != null ? known : new SortField(value);
    }

    /** The values known when this client was generated, in the API's order. */
    public static List<SortField> knownValues() {
      return List.copyOf(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
      return KNOWN.containsKey(value());
    }
  }

  /** Builds {@link PaymentListParams}. Not thread-safe; {@code build()} takes a copy. */
  public static final class Builder {
    private final ObjectNode node;

    private Builder(ObjectNode node) {
      this.node = node;
    }

    /**
     * Sets {@code charge_date}: an object with {@code gt}, {@code gte}, {@code lt}, {@code lte}.
     * {@code null} removes it.
     */
    public Builder chargeDate(ChargeDate chargeDate) {
      Params.put(node, "charge_date", chargeDate);
      return this;
    }

    /**
     * Sets {@code charge_date} by filling in a fresh builder, as in {@code chargeDate(b -> b...)};
     * replaces any {@code charge_date} set before.
     */
    public Builder chargeDate(Consumer<ChargeDate.Builder> chargeDate) {
      ChargeDate.Builder builder = ChargeDate.builder();
      chargeDate.accept(builder);
      return chargeDate(builder.build());
    }

    /**
     * Sets {@code created_at}: an object with {@code gt}, {@code gte}, {@code lt}, {@code lte}.
     * {@code null} removes it.
     */
    public Builder createdAt(CreatedAt createdAt) {
      Params.put(node, "created_at", createdAt);
      return this;
    }

    /**
     * Sets {@code created_at} by filling in a fresh builder, as in {@code createdAt(b -> b...)};
     * replaces any {@code created_at} set before.
     */
    public Builder createdAt(Consumer<CreatedAt.Builder> createdAt) {
      CreatedAt.Builder builder = CreatedAt.builder();
      createdAt.accept(builder);
      return createdAt(builder.build());
    }

    /** Sets {@code creditor}: text. {@code null} removes it. */
    public Builder creditor(String creditor) {
      Params.put(node, "creditor", creditor);
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

    /** Sets {@code customer}: text. {@code null} removes it. */
    public Builder customer(String customer) {
      Params.put(node, "customer", customer);
      return this;
    }

    /** Sets {@code mandate}: text. {@code null} removes it. */
    public Builder mandate(String mandate) {
      Params.put(node, "mandate", mandate);
      return this;
    }

    /** Sets {@code scheme}: text. {@code null} removes it. */
    public Builder scheme(String scheme) {
      Params.put(node, "scheme", scheme);
      return this;
    }

    /**
     * Sets {@code sort_direction}: one of {@code asc}, {@code desc}; a value newer than this client
     * decodes with {@code isKnown() == false}. {@code null} removes it.
     */
    public Builder sortDirection(SortDirection sortDirection) {
      Params.put(node, "sort_direction", sortDirection);
      return this;
    }

    /**
     * Sets {@code sort_direction} from its API value, including values newer than this client;
     * {@code null} removes it.
     */
    public Builder sortDirection(String sortDirection) {
      Params.put(node, "sort_direction", sortDirection);
      return this;
    }

    /**
     * Sets {@code sort_field}: one of {@code charge_date}, {@code amount}; a value newer than this
     * client decodes with {@code isKnown() == false}. {@code null} removes it.
     */
    public Builder sortField(SortField sortField) {
      Params.put(node, "sort_field", sortField);
      return this;
    }

    /**
     * Sets {@code sort_field} from its API value, including values newer than this client; {@code
     * null} removes it.
     */
    public Builder sortField(String sortField) {
      Params.put(node, "sort_field", sortField);
      return this;
    }

    /**
     * Sets {@code status}: one of 9 known values (the constants of the type); a value newer than
     * this client decodes with {@code isKnown() == false}. {@code null} removes it.
     */
    public Builder status(Payment.Status status) {
      Params.put(node, "status", status);
      return this;
    }

    /**
     * Sets {@code status} from its API value, including values newer than this client; {@code null}
     * removes it.
     */
    public Builder status(String status) {
      Params.put(node, "status", status);
      return this;
    }

    /** Sets {@code subscription}: text. {@code null} removes it. */
    public Builder subscription(String subscription) {
      Params.put(node, "subscription", subscription);
      return this;
    }

    /** Sets {@code after}, a cursor from a page's {@code after()}; {@code null} removes it. */
    public Builder after(String after) {
      Params.put(node, "after", after);
      return this;
    }

    /** Sets {@code before}, a cursor from a page's {@code before()}; {@code null} removes it. */
    public Builder before(String before) {
      Params.put(node, "before", before);
      return this;
    }

    /**
     * Sets the page size, {@code limit}: 1 to 500. Unset, {@code all()} and {@code pages()} ask for
     * 500 and one page call lets the API choose.
     *
     * @throws IllegalArgumentException when the size is outside 1..500
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > ListConventions.MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "limit must be between 1 and "
                + ListConventions.MAX_PAGE_SIZE
                + " (the API's maximum page size), was "
                + limit);
      }
      Params.put(node, "limit", (long) limit);
      return this;
    }

    /** Returns the immutable params. */
    public PaymentListParams build() {
      return new PaymentListParams(Params.freeze(node));
    }
  }
}

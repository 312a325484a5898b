package io.gcflux.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.gcflux.core.internal.Json;
import io.gcflux.core.model.Event;
import io.gcflux.core.model.Event.ResourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a webhook handler asks of events: which resource each is about, and sorting them by type.
 */
public final class WebhookEvents {
  /**
   * The link naming the affected resource, for each type the generated links know. Written out
   * rather than derived so that the compiler notices when a link the table relies on disappears.
   */
  private static final Map<ResourceType, Function<Event.Links, String>> LINK_OF_TYPE =
      Map.ofEntries(
          Map.entry(ResourceType.BILLING_REQUESTS, Event.Links::billingRequest),
          Map.entry(ResourceType.CREDITORS, Event.Links::creditor),
          Map.entry(ResourceType.CUSTOMERS, Event.Links::customer),
          Map.entry(ResourceType.INSTALMENT_SCHEDULES, Event.Links::instalmentSchedule),
          Map.entry(ResourceType.MANDATES, Event.Links::mandate),
          Map.entry(ResourceType.ORGANISATIONS, Event.Links::organisation),
          Map.entry(ResourceType.OUTBOUND_PAYMENTS, Event.Links::outboundPayment),
          Map.entry(ResourceType.PAYER_AUTHORISATIONS, Event.Links::payerAuthorisation),
          Map.entry(ResourceType.PAYMENTS, Event.Links::payment),
          Map.entry(
              ResourceType.PAYMENT_ACCOUNT_TRANSACTIONS, Event.Links::paymentAccountTransaction),
          Map.entry(ResourceType.PAYOUTS, Event.Links::payout),
          Map.entry(ResourceType.REFUNDS, Event.Links::refund),
          Map.entry(ResourceType.SCHEME_IDENTIFIERS, Event.Links::schemeIdentifier),
          Map.entry(ResourceType.SUBSCRIPTIONS, Event.Links::subscription));

  private WebhookEvents() {}

  /**
   * Returns the id of the resource the event is about: {@code links.payment} for a {@code payments}
   * event, {@code links.mandate} for a {@code mandates} event, and so on; {@code null} when the
   * event carries no such link.
   *
   * <p>For a resource type this version of gcflux does not know, the link is looked up by the
   * GoCardless naming rule, the singular of the type ({@code widgets} to {@code links.widget}).
   */
  public static String resourceId(Event event) {
    Objects.requireNonNull(event, "event");
    ResourceType type = event.resourceType();
    Event.Links links = event.links();
    if (type == null || links == null) {
      return null;
    }
    Function<Event.Links, String> link = LINK_OF_TYPE.get(type);
    if (link != null) {
      return link.apply(links);
    }
    JsonNode id = Json.MAPPER.valueToTree(links).get(singular(type.value()));
    return id != null && id.isTextual() ? id.asText() : null;
  }

  /**
   * Groups events by their {@code resource_type} value ({@code "payments"}, {@code "mandates"},
   * ...), types and events in the order they came. Events without a type are grouped under {@code
   * ""}. The map and its lists are unmodifiable.
   */
  public static Map<String, List<Event>> byResourceType(Collection<Event> events) {
    Map<String, List<Event>> groups = new LinkedHashMap<>();
    for (Event event : events) {
      groups.computeIfAbsent(typeOf(event), k -> new ArrayList<>()).add(event);
    }
    groups.replaceAll((type, group) -> List.copyOf(group));
    return Collections.unmodifiableMap(groups);
  }

  /** Returns the events of one resource type, in order, as an unmodifiable list. */
  public static List<Event> ofResourceType(Collection<Event> events, ResourceType type) {
    Objects.requireNonNull(type, "type");
    return ofResourceType(events, type.value());
  }

  /**
   * Returns the events whose {@code resource_type} is exactly {@code type}, in order, as an
   * unmodifiable list; for types newer than this version of gcflux.
   */
  public static List<Event> ofResourceType(Collection<Event> events, String type) {
    Objects.requireNonNull(type, "type");
    return events.stream().filter(event -> typeOf(event).equals(type)).toList();
  }

  private static String typeOf(Event event) {
    ResourceType type = event.resourceType();
    return type == null ? "" : type.value();
  }

  private static String singular(String plural) {
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }
}

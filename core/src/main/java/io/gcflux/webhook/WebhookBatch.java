package io.gcflux.webhook;

import io.gcflux.core.model.Event;
import io.gcflux.core.model.Event.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * One verified webhook delivery: its events and the id GoCardless gave the delivery.
 *
 * <p>GoCardless may deliver the same event again, in this or a later batch, so handlers should
 * de-duplicate by {@link Event#id()}.
 */
public final class WebhookBatch {
  private final List<Event> events;
  private final String webhookId;

  WebhookBatch(List<Event> events, String webhookId) {
    this.events = List.copyOf(events);
    this.webhookId = webhookId;
  }

  /** The events in the order GoCardless sent them; unmodifiable. */
  public List<Event> events() {
    return events;
  }

  /** {@code meta.webhook_id}, the id of this delivery; {@code null} if the body had none. */
  public String webhookId() {
    return webhookId;
  }

  /** See {@link WebhookEvents#byResourceType}. */
  public Map<String, List<Event>> byResourceType() {
    return WebhookEvents.byResourceType(events);
  }

  /** See {@link WebhookEvents#ofResourceType(java.util.Collection, ResourceType)}. */
  public List<Event> ofResourceType(ResourceType type) {
    return WebhookEvents.ofResourceType(events, type);
  }

  public int size() {
    return events.size();
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  @Override
  public String toString() {
    return "WebhookBatch[webhookId=" + webhookId + ", events=" + events.size() + "]";
  }
}

package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a test can change through the API. All access goes through the emulator's lock, so
 * this class does no locking of its own.
 */
public final class EmulatorState {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final long VIRTUAL_OFF = -1;

  private final ApiModel model;
  private final Clock clock;
  private final Ids ids = new Ids();
  private Map<String, ResourceStore> stores = new HashMap<>();
  private Map<String, String> idempotencyKeys = new HashMap<>();
  private long virtualPayments = VIRTUAL_OFF;
  private long lastMillis = Long.MIN_VALUE;
  private String lastNow;
  private final ResourceDef events;
  private final java.util.Set<String> eventTypes;
  private final ObjectNode eventTemplate;

  public EmulatorState(ApiModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
    this.events = model.resource("events").orElse(null);
    this.eventTypes = events == null ? java.util.Set.of() : eventTypes(events);
    this.eventTemplate = events == null ? null : eventTemplate(events);
  }

  public ApiModel model() {
    return model;
  }

  public String now() {
    long millis = clock.millis();
    if (millis != lastMillis) {
      lastNow = TIMESTAMP.format(java.time.Instant.ofEpochMilli(millis));
      lastMillis = millis;
    }
    return lastNow;
  }

  public Clock clock() {
    return clock;
  }

  public ResourceStore store(String resourceName) {
    return stores.computeIfAbsent(resourceName, n -> new ResourceStore());
  }

  public Optional<ObjectNode> find(String resourceName, String id) {
    ResourceStore store = stores.get(resourceName);
    return store == null ? Optional.empty() : store.get(id);
  }

  public String mintId(String resourceName) {
    return ids.next(model.require(resourceName).idPrefix());
  }

  public Optional<String> idempotentResource(String scope, String key) {
    return Optional.ofNullable(idempotencyKeys.get(scope + "\n" + key));
  }

  public void rememberIdempotencyKey(String scope, String key, String id) {
    idempotencyKeys.put(scope + "\n" + key, id);
  }

  public long virtualPayments() {
    return virtualPayments;
  }

  public boolean virtualPaymentsEnabled() {
    return virtualPayments != VIRTUAL_OFF;
  }

  public void virtualPayments(long count) {
    this.virtualPayments = count;
  }

  /** Records the event GoCardless emits when a resource is created or changes state. */
  public void recordEvent(ResourceDef resource, String resourceId, String action) {
    if (!eventTypes.contains(resource.name())) {
      return;
    }
    String singular = resource.singular();
    ObjectNode event = eventTemplate.deepCopy();
    event.put("id", mintId("events"));
    event.put("created_at", now());
    event.put("action", action);
    event.put("resource_type", resource.name());
    if (events.hasLink(singular)) {
      ((ObjectNode) event.get("links")).put(singular, resourceId);
    }
    ObjectNode details = (ObjectNode) event.get("details");
    details.put("cause", singular + "_" + action);
    details.put(
        "description",
        Character.toUpperCase(singular.charAt(0))
            + singular.substring(1).replace('_', ' ')
            + " "
            + action.replace('_', ' ')
            + " via the API.");
    store("events").add(event);
  }

  /** Events only link the resource they are about, unlike the fully populated example. */
  private static ObjectNode eventTemplate(ResourceDef events) {
    ObjectNode event = events.example("");
    event.putObject("links");
    ObjectNode details = event.putObject("details");
    details.put("origin", "api");
    event.putObject("metadata");
    event.putObject("resource_metadata");
    event.putArray("customer_notifications");
    return event;
  }

  private static java.util.Set<String> eventTypes(ResourceDef events) {
    java.util.Set<String> types = new java.util.HashSet<>();
    io.gcflux.apimodel.ApiDescription.Schema type = events.attributes().get("resource_type");
    if (type != null && type.isEnum()) {
      types.addAll(type.enumValues());
    }
    return types;
  }

  public EmulatorState snapshot() {
    EmulatorState copy = new EmulatorState(model, clock);
    copy.restore(this);
    return copy;
  }

  public void restore(EmulatorState from) {
    Map<String, ResourceStore> copied = new HashMap<>();
    from.stores.forEach((name, store) -> copied.put(name, store.copy()));
    stores = copied;
    idempotencyKeys = new HashMap<>(from.idempotencyKeys);
    virtualPayments = from.virtualPayments;
  }

  public void clear() {
    stores = new HashMap<>();
    idempotencyKeys = new HashMap<>();
    virtualPayments = VIRTUAL_OFF;
    ids.reset();
  }
}

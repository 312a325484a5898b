package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
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

  public EmulatorState(ApiModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
  }

  public ApiModel model() {
    return model;
  }

  public String now() {
    return TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
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
    return ids.next(IdPrefixes.forResource(resourceName));
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
    ResourceDef events = model.resource("events").orElse(null);
    if (events == null || !eventTypes(events).contains(resource.name())) {
      return;
    }
    String singular = resource.singular();
    ObjectNode event = ExampleFactory.resource(events, mintId("events"));
    event.put("created_at", now());
    event.put("action", action);
    event.put("resource_type", resource.name());
    ObjectNode links = event.putObject("links");
    if (events.hasLink(singular)) {
      links.put(singular, resourceId);
    }
    ObjectNode details = event.putObject("details");
    details.put("origin", "api");
    details.put("cause", singular + "_" + action);
    details.put(
        "description",
        Character.toUpperCase(singular.charAt(0))
            + singular.substring(1).replace('_', ' ')
            + " "
            + action.replace('_', ' ')
            + " via the API.");
    event.putObject("metadata");
    event.putObject("resource_metadata");
    event.putArray("customer_notifications");
    store("events").add(event);
  }

  private static List<String> eventTypes(ResourceDef events) {
    JsonNode values = events.attributes().path("resource_type").path("enum");
    List<String> types = new java.util.ArrayList<>();
    values.forEach(v -> types.add(v.asText()));
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

package io.gcflux.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Answers a routed request from the state, generically over the API description. */
public final class ResourceHandler {
  private final EmulatorState state;

  public ResourceHandler(EmulatorState state) {
    this.state = state;
  }

  public ApiResponse handle(Router.Route route, ApiRequest request) {
    ActionDef action = route.action();
    ResourceDef resource = state.model().require(action.resource());
    ObjectNode params = params(action, request);
    if (action.returnsList()) {
      return ok(200, listBody(action, list(resource, action, request)));
    }
    if (action.isCreate()) {
      return ok(201, envelope(action, create(resource, action, params, request)));
    }
    if (!action.hasIdentity() || !resource.stateful()) {
      String id = route.identity() != null ? route.identity() : state.mintId(resource.name());
      ObjectNode example = resource.example(id);
      if (!resource.hasId()) {
        example.remove("id");
      }
      Merge.into(example, params, resource.attributes());
      return ok(200, envelope(action, example));
    }
    return ok(200, envelope(action, onExisting(resource, action, route.identity(), params)));
  }

  private ObjectNode onExisting(
      ResourceDef resource, ActionDef action, String id, ObjectNode params) {
    Optional<ObjectNode> stored = state.find(resource.name(), id);
    ObjectNode current = stored.orElseGet(() -> transientResource(resource, id));
    switch (action.method()) {
      case "GET":
        return current;
      case "DELETE":
        stored.ifPresent(n -> state.store(resource.name()).remove(id));
        return current;
      case "PUT":
        {
          ObjectNode updated = current.deepCopy();
          Merge.into(updated, params, resource.attributes());
          stored.ifPresent(n -> state.store(resource.name()).replace(updated));
          return updated;
        }
      default:
        return act(resource, action, current, stored.isPresent(), params);
    }
  }

  private ObjectNode act(
      ResourceDef resource,
      ActionDef action,
      ObjectNode current,
      boolean persisted,
      ObjectNode params) {
    ObjectNode updated = current.deepCopy();
    if (params.has("metadata") && resource.attributes().containsKey("metadata")) {
      updated.set("metadata", params.get("metadata").deepCopy());
    }
    Optional<Lifecycle.Transition> transition = Lifecycle.transition(resource, action.name());
    transition.ifPresent(
        t -> {
          Lifecycle.check(resource, current, t);
          updated.set(t.field(), t.value());
        });
    if (persisted) {
      state.store(resource.name()).replace(updated);
      transition.ifPresent(
          t -> state.recordEvent(resource, updated.path("id").asText(), t.eventAction()));
    }
    return updated;
  }

  /**
   * Ids that were never created still answer when they are the example id or a virtual payment, so
   * that tests can address every action without creating anything first.
   */
  private ObjectNode transientResource(ResourceDef resource, String id) {
    if (isVirtualPayment(resource, id)) {
      return VirtualPayments.payment(resource, VirtualPayments.index(id, state.virtualPayments()));
    }
    if (id.equals(resource.exampleId())) {
      return resource.example(id);
    }
    throw ApiException.notFound();
  }

  private boolean isVirtualPayment(ResourceDef resource, String id) {
    return resource.name().equals("payments")
        && state.virtualPaymentsEnabled()
        && VirtualPayments.index(id, state.virtualPayments()) >= 0;
  }

  /** Whether an id answers a get: stored, a virtual payment, or the resource's example. */
  private boolean exists(ResourceDef resource, String id) {
    return state.find(resource.name(), id).isPresent()
        || isVirtualPayment(resource, id)
        || id.equals(resource.exampleId());
  }

  public ObjectNode create(
      ResourceDef resource, ActionDef action, ObjectNode params, ApiRequest request) {
    String key = request == null ? null : request.header("Idempotency-Key");
    if (key != null && !key.isBlank()) {
      Optional<String> existing = state.idempotentResource(resource.name(), key);
      if (existing.isPresent()) {
        throw idempotencyConflict(existing.get());
      }
    }
    Validation.validateCreate(resource, action, params);
    Validation.requireLinkedResources(state.model(), action, params, this::exists);
    if (!resource.stateful()) {
      ObjectNode created = build(resource, params);
      if (!resource.hasId()) {
        created.remove("id");
      }
      return created;
    }
    ObjectNode created = insert(resource, params);
    if (key != null && !key.isBlank()) {
      state.rememberIdempotencyKey(resource.name(), key, created.path("id").asText());
    }
    return created;
  }

  /** Stores a new resource without validation, as seeding needs. */
  public ObjectNode insert(ResourceDef resource, ObjectNode params) {
    ObjectNode created = build(resource, params);
    String id = created.path("id").asText();
    state.store(resource.name()).add(created);
    state.recordEvent(resource, id, "created");
    return created;
  }

  private ObjectNode build(ResourceDef resource, ObjectNode params) {
    ObjectNode node = resource.example(state.mintId(resource.name()));
    Merge.into(node, params, resource.attributes());
    inheritLinks(resource, node, params);
    if (resource.attributes().containsKey("created_at")) {
      node.put("created_at", state.now());
    }
    Lifecycle.initialStatus(resource).ifPresent(s -> node.put("status", s));
    if (resource.name().equals("payments")) {
      node.put("amount_refunded", 0);
    }
    return node;
  }

  /**
   * A mandate created for a bank account belongs to that account's customer, a refund to its
   * payment's mandate: links the caller did not give are taken from the linked resources.
   */
  private void inheritLinks(ResourceDef resource, ObjectNode node, ObjectNode params) {
    JsonNode given = params.path("links");
    if (!given.isObject() || !node.path("links").isObject()) {
      return;
    }
    ObjectNode links = (ObjectNode) node.get("links");
    given
        .fields()
        .forEachRemaining(
            e ->
                findLinked(e.getKey(), e.getValue().asText())
                    .ifPresent(
                        linked ->
                            linked
                                .path("links")
                                .fields()
                                .forEachRemaining(
                                    l -> {
                                      if (resource.hasLink(l.getKey()) && !given.has(l.getKey())) {
                                        links.set(l.getKey(), l.getValue());
                                      }
                                    })));
  }

  private Optional<ObjectNode> findLinked(String link, String id) {
    return state.model().linked(link).flatMap(r -> state.find(r.name(), id));
  }

  private Page list(ResourceDef resource, ActionDef action, ApiRequest request) {
    ListQuery query = ListQuery.parse(request.query());
    if (resource.name().equals("payments") && state.virtualPaymentsEnabled()) {
      return VirtualPayments.page(resource, state.virtualPayments(), query);
    }
    if (!resource.stateful()) {
      ObjectNode example = resource.example(resource.exampleId());
      if (!resource.hasId()) {
        example.remove("id");
      }
      return new Page(List.of(example), null, null, query.limit());
    }
    Predicate<ObjectNode> filter = ListFilter.of(resource, request.query(), state::find);
    return state.store(resource.name()).page(filter, query.after(), query.before(), query.limit());
  }

  private ObjectNode params(ActionDef action, ApiRequest request) {
    String body = request.body();
    if (body == null || body.isBlank()) {
      return Json.object();
    }
    JsonNode parsed;
    try {
      parsed = Json.read(body);
    } catch (JsonProcessingException e) {
      throw invalidDocument();
    }
    if (!parsed.isObject()) {
      throw invalidDocument();
    }
    if (action.requestEnvelope() == null) {
      return Json.object();
    }
    JsonNode enveloped = parsed.get(action.requestEnvelope());
    if (enveloped == null || enveloped.isNull()) {
      return Json.object();
    }
    if (!enveloped.isObject()) {
      throw invalidDocument();
    }
    return (ObjectNode) enveloped;
  }

  private static ApiException invalidDocument() {
    return ApiException.usage(400, "invalid_document_structure", "Invalid document structure");
  }

  private static ApiException idempotencyConflict(String existingId) {
    ObjectNode entry =
        ApiException.entry(
            "idempotent_creation_conflict",
            "A resource has already been created with this idempotency key");
    entry.putObject("links").put("conflicting_resource_id", existingId);
    return new ApiException(
        409,
        "invalid_state",
        "A resource has already been created with this idempotency key",
        List.of(entry));
  }

  private static ObjectNode envelope(ActionDef action, ObjectNode resource) {
    ObjectNode body = Json.object();
    body.set(action.responseEnvelope(), resource);
    return body;
  }

  public static ObjectNode listBody(ActionDef action, Page page) {
    ObjectNode body = Json.object();
    body.putArray(action.responseEnvelope()).addAll(page.items());
    ObjectNode meta = body.putObject("meta");
    ObjectNode cursors = meta.putObject("cursors");
    cursors.put("before", page.before());
    cursors.put("after", page.after());
    meta.put("limit", page.limit());
    return body;
  }

  private static ApiResponse ok(int status, ObjectNode body) {
    return ApiResponse.json(status, Json.write(body));
  }
}

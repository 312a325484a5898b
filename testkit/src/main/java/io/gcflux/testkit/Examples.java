package io.gcflux.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.testkit.internal.ActionDef;
import io.gcflux.testkit.internal.ApiModel;
import io.gcflux.testkit.internal.ExampleResponses;
import io.gcflux.testkit.internal.Json;
import io.gcflux.testkit.internal.Page;
import io.gcflux.testkit.internal.ResourceDef;
import io.gcflux.testkit.internal.ResourceHandler;
import java.util.List;

/**
 * Deterministic example payloads with every attribute of the API description populated, nested
 * objects included: arrays hold one element, maps one entry, enums their first value.
 */
public final class Examples {
  private Examples() {}

  /** Names of all resources of the API description, such as {@code payments}. */
  public static List<String> resourceNames() {
    return List.copyOf(ApiModel.get().resources().keySet());
  }

  /** The example id of a resource, such as {@code PM0001ABCD2345}; the emulator resolves it. */
  public static String id(String resourceName) {
    return ApiModel.get().require(resourceName).exampleId();
  }

  /** The id prefix of a resource, such as {@code PM} for payments. */
  public static String idPrefix(String resourceName) {
    return ApiModel.get().require(resourceName).idPrefix();
  }

  /** The unwrapped resource, such as a payment object. */
  public static String resourceJson(String resourceName) {
    return resourceJson(resourceName, id(resourceName));
  }

  /** The unwrapped resource with {@code id} as its id. */
  public static String resourceJson(String resourceName, String id) {
    return Json.write(resource(resourceName, id));
  }

  /** The resource wrapped in its response envelope, as a get returns it. */
  public static String responseJson(String resourceName) {
    ResourceDef resource = ApiModel.get().require(resourceName);
    ObjectNode body = Json.object();
    body.set(resource.envelope(), resource(resourceName, id(resourceName)));
    return Json.write(body);
  }

  /** A one-element list response with {@code meta.cursors} and {@code meta.limit}. */
  public static String listResponseJson(String resourceName) {
    return listResponseJson(resourceName, 1);
  }

  /** A list response of {@code count} examples with distinct ids. */
  public static String listResponseJson(String resourceName, int count) {
    ResourceDef resource = ApiModel.get().require(resourceName);
    String prefix = idPrefix(resourceName);
    List<ObjectNode> items =
        java.util.stream.IntStream.range(0, count)
            .mapToObj(
                i ->
                    resource(
                        resourceName,
                        i == 0
                            ? id(resourceName)
                            : io.gcflux.testkit.internal.Ids.indexed(prefix, i)))
            .toList();
    ActionDef list =
        new ActionDef(
            resource.name(),
            "list",
            "GET",
            "/" + resource.name(),
            null,
            resource.envelope(),
            true,
            List.of());
    return Json.write(ResourceHandler.listBody(list, new Page(items, null, null, 50)));
  }

  /** The example response of one action, such as {@code ("payments", "cancel")}. */
  public static String actionResponseJson(String resourceName, String actionName) {
    ActionDef action =
        ApiModel.get()
            .require(resourceName)
            .action(actionName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown action " + resourceName + "." + actionName));
    return Json.write(ExampleResponses.forAction(action));
  }

  /**
   * A request body for one action with every param populated, inside the action's envelope; its
   * links name the example resources, so the emulator accepts it.
   *
   * @throws IllegalArgumentException when the action takes no body
   */
  public static String requestJson(String resourceName, String actionName) {
    ApiDescription description = ApiModel.get().description();
    Action action =
        description
            .require(resourceName)
            .action(actionName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown action " + resourceName + "." + actionName));
    if (action.requestEnvelope() == null) {
      throw new IllegalArgumentException(
          resourceName + "." + actionName + " takes no request body");
    }
    ObjectNode body = Json.object();
    body.set(action.requestEnvelope(), description.examples().params(action));
    return Json.write(body);
  }

  private static ObjectNode resource(String resourceName, String id) {
    return ExampleResponses.resource(ApiModel.get().require(resourceName), id);
  }
}

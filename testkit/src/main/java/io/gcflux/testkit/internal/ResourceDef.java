package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import io.gcflux.apimodel.ExampleValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One resource of the API description, with what the emulator needs to answer for it. */
public record ResourceDef(
    Resource api,
    String idPrefix,
    ExampleValues examples,
    List<ActionDef> actions,
    boolean stateful) {

  static ResourceDef of(ApiDescription description, Resource resource) {
    List<ActionDef> actions =
        resource.actions().stream().map(a -> ActionDef.of(resource.name(), a)).toList();
    return new ResourceDef(
        resource,
        description.idPrefix(resource),
        description.examples(),
        actions,
        isStateful(resource.name(), resource.attributes(), actions));
  }

  public String name() {
    return api.name();
  }

  public String className() {
    return api.className();
  }

  public Map<String, Schema> attributes() {
    return api.attributes();
  }

  public Optional<ActionDef> action(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
  }

  public boolean hasId() {
    return api.hasId();
  }

  public String envelope() {
    return actions.isEmpty() ? name() : actions.get(0).responseEnvelope();
  }

  public String singular() {
    return api.singular();
  }

  /** The id of this resource's example, which the emulator answers for without storing it. */
  public String exampleId() {
    return examples.exampleId(api);
  }

  /** A fresh copy of the example with {@code id} as its id. */
  public ObjectNode example(String id) {
    return examples.resource(api, id);
  }

  /** Whether the schema declares {@code links.<name>}. */
  public boolean hasLink(String link) {
    Schema links = api.attributes().get("links");
    return links != null && links.properties() != null && links.properties().containsKey(link);
  }

  /**
   * Resources the API lets you read back by id keep what was created; the rest answer with examples
   * since there is nothing meaningful to remember.
   */
  private static boolean isStateful(
      String name, Map<String, Schema> attributes, List<ActionDef> actions) {
    boolean gettable =
        actions.stream()
            .anyMatch(
                a ->
                    a.name().equals("get")
                        && a.path().equals("/" + name + "/:identity")
                        && !a.returnsList());
    boolean collection =
        actions.stream()
            .anyMatch(a -> a.isCreate() || (a.returnsList() && "GET".equals(a.method())));
    return gettable && collection && attributes.containsKey("id");
  }
}

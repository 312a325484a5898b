package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** One resource of the API description. */
public record ResourceDef(
    String name,
    String className,
    ObjectNode attributes,
    List<ActionDef> actions,
    boolean stateful) {

  public ResourceDef(
      String name, String className, ObjectNode attributes, List<ActionDef> actions) {
    this(name, className, attributes, actions, isStateful(name, attributes, actions));
  }

  public Optional<ActionDef> action(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
  }

  public boolean hasId() {
    return attributes.has("id");
  }

  public String envelope() {
    return actions.isEmpty() ? name : actions.get(0).responseEnvelope();
  }

  public String singular() {
    return Names.singular(name);
  }

  /** Whether the schema declares {@code links.<name>}. */
  public boolean hasLink(String link) {
    JsonNode links = attributes.path("links").path("properties");
    return links.has(link);
  }

  /**
   * Resources the API lets you read back by id keep what was created; the rest answer with examples
   * since there is nothing meaningful to remember.
   */
  private static boolean isStateful(String name, ObjectNode attributes, List<ActionDef> actions) {
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
    return gettable && collection && attributes.has("id");
  }
}

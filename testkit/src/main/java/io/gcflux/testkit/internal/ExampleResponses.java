package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Whole response bodies made of examples, for fault injection and for {@code Examples}. */
public final class ExampleResponses {
  private ExampleResponses() {}

  public static ObjectNode resource(ResourceDef resource, String id) {
    ObjectNode example = resource.example(id);
    if (!resource.hasId()) {
      example.remove("id");
    }
    return example;
  }

  public static ObjectNode forAction(ActionDef action) {
    ResourceDef resource = ApiModel.get().require(action.resource());
    ObjectNode example = resource(resource, resource.exampleId());
    if (action.returnsList()) {
      return ResourceHandler.listBody(action, new Page(List.of(example), null, null, 50));
    }
    ObjectNode body = Json.object();
    body.set(action.responseEnvelope(), example);
    return body;
  }
}

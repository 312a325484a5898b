package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One action of the API description. */
public record ActionDef(
    String resource,
    String name,
    String method,
    String path,
    String requestEnvelope,
    String responseEnvelope,
    boolean returnsList,
    ObjectNode params) {

  public List<String> segments() {
    return PathTemplate.segments(path);
  }

  public boolean hasIdentity() {
    return path.contains(":");
  }

  /** A POST on a collection path that returns one resource brings a new resource into being. */
  public boolean isCreate() {
    return "POST".equals(method) && !hasIdentity() && !returnsList;
  }
}

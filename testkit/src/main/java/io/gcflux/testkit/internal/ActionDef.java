package io.gcflux.testkit.internal;

import io.gcflux.apimodel.ApiDescription.Action;
import java.util.List;

/** One action of the API description, as the emulator routes and answers it. */
public record ActionDef(
    String resource,
    String name,
    String method,
    String path,
    String requestEnvelope,
    String responseEnvelope,
    boolean returnsList,
    List<String> required) {

  static ActionDef of(String resource, Action action) {
    return new ActionDef(
        resource,
        action.name(),
        action.method(),
        action.path(),
        action.requestEnvelope(),
        action.responseEnvelope(),
        action.returnsList(),
        action.required());
  }

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

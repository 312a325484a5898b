package io.gcflux.testkit.internal;

import java.util.List;
import java.util.Optional;

/** Finds the action a request addresses; literal segments beat {@code :identity}. */
public final class Router {
  /** A resolved request: the action and the value of its path parameter, if any. */
  public record Route(ActionDef action, String identity) {}

  private final List<ActionDef> actions;

  public Router(ApiModel model) {
    this.actions = model.actions();
  }

  public Optional<Route> resolve(String method, String path) {
    List<String> segments = PathTemplate.segments(path);
    ActionDef best = null;
    int bestScore = -1;
    for (ActionDef action : actions) {
      if (!action.method().equalsIgnoreCase(method)) {
        continue;
      }
      int score = PathTemplate.score(action.segments(), segments);
      if (score > bestScore) {
        best = action;
        bestScore = score;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Route(best, PathTemplate.firstParameter(best.segments(), segments)));
  }
}

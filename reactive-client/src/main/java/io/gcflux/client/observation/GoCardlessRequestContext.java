package io.gcflux.client.observation;

import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.Map;

/**
 * What an observation of one API call knows: the action, then its status and outcome. Its carrier
 * is the outgoing request's header map, so a propagating tracing handler adds the trace headers.
 *
 * <p>It holds no id, token, email or amount: the path is the action's template, such as {@code
 * /payments/:identity}.
 */
public final class GoCardlessRequestContext
    extends RequestReplySenderContext<Map<String, String>, Integer> {
  private final String resource;
  private final String action;
  private final String method;
  private final String pathTemplate;
  private Integer status;
  private boolean cancelled;

  GoCardlessRequestContext(
      Map<String, String> requestHeaders,
      String resource,
      String action,
      String method,
      String pathTemplate) {
    super((headers, name, value) -> headers.put(name, value));
    setCarrier(requestHeaders);
    setRemoteServiceName("gocardless");
    this.resource = resource;
    this.action = action;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  /** The resource, for example {@code payments}. */
  public String resource() {
    return resource;
  }

  /** The action, for example {@code create}. */
  public String action() {
    return action;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path template, for example {@code /payments/:identity/actions/cancel}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The HTTP status of the final answer, or {@code null} when none came. */
  public Integer status() {
    return status;
  }

  /** Whether the caller cancelled the call before it ended. */
  public boolean cancelled() {
    return cancelled;
  }

  void answered(int status) {
    this.status = status;
    setResponse(status);
  }

  void cancel() {
    this.cancelled = true;
  }
}

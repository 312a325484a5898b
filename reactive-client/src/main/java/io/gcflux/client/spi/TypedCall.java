package io.gcflux.client.spi;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.Page;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One API call as a generated service method builds it: the action, its path params, its params,
 * the caller's options and the type of its result. Immutable.
 *
 * @param <R> the result: a resource type, or a {@link Page} of one for a list call
 */
public final class TypedCall<R> {
  private final Endpoint endpoint;
  private final List<String> pathParams;
  private final Object params;
  private final RequestOptions options;
  private final Class<?> resourceType;
  private final boolean returnsPage;

  private TypedCall(
      Endpoint endpoint,
      List<String> pathParams,
      Object params,
      RequestOptions options,
      Class<?> resourceType,
      boolean returnsPage) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    // An unmodifiable view, not List.copyOf: a null id must reach the runtime's clear message.
    this.pathParams = pathParams == null ? List.of() : Collections.unmodifiableList(pathParams);
    this.params = params;
    if (options == null) {
      throw new IllegalArgumentException(
          "options must not be null: pass RequestOptions.none() for the defaults ("
              + endpoint.method()
              + " "
              + endpoint.path()
              + ")");
    }
    this.options = options;
    this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
    this.returnsPage = returnsPage;
  }

  /**
   * A call answered by one resource.
   *
   * @param endpoint the action
   * @param pathParams the values of the path template's parameters, in order
   * @param params a generated params value, or {@code null} for none
   * @param options the caller's options, {@link RequestOptions#none()} for the defaults
   * @param type the resource type the answer decodes into
   * @throws IllegalArgumentException when {@code options} is null
   */
  public static <T> TypedCall<T> resource(
      Endpoint endpoint,
      List<String> pathParams,
      Object params,
      RequestOptions options,
      Class<T> type) {
    return new TypedCall<>(endpoint, pathParams, params, options, type, false);
  }

  /**
   * A list call answered by one page of resources.
   *
   * @param endpoint the action
   * @param pathParams the values of the path template's parameters, in order
   * @param params a generated list params value, or {@code null} for none
   * @param options the caller's options, {@link RequestOptions#none()} for the defaults
   * @param type the type of each item of the page
   * @throws IllegalArgumentException when {@code options} is null
   */
  public static <T> TypedCall<Page<T>> page(
      Endpoint endpoint,
      List<String> pathParams,
      Object params,
      RequestOptions options,
      Class<T> type) {
    return new TypedCall<>(endpoint, pathParams, params, options, type, true);
  }

  /** The action. */
  public Endpoint endpoint() {
    return endpoint;
  }

  /** The values of the path template's parameters, in order; not yet percent-encoded. */
  public List<String> pathParams() {
    return pathParams;
  }

  /**
   * The generated params value ({@code io.gcflux.core.params}), or {@code null} for none; for a
   * paginated list it is a {@link io.gcflux.core.CursorParams}.
   */
  public Object params() {
    return params;
  }

  /** The caller's options. */
  public RequestOptions options() {
    return options;
  }

  /** The resource type the answer decodes into: the result, or each item of a page. */
  public Class<?> resourceType() {
    return resourceType;
  }

  /** Whether the result is a {@link Page} of {@link #resourceType()} rather than one resource. */
  public boolean returnsPage() {
    return returnsPage;
  }

  /** Names the action only: params and ids may hold personal data. */
  @Override
  public String toString() {
    return "TypedCall[" + endpoint.method() + " " + endpoint.path() + "]";
  }
}

package io.gcflux.client.internal;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.spi.TypedCall;
import io.gcflux.core.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call, typed by its result, as the runtime executes it: which action, its path params, its
 * params, the caller's options, and how to decode the answer.
 *
 * @param operation the action
 * @param pathParams the values of the path template's parameters, in order
 * @param params the params, a generated params type, or {@code null} for none
 * @param queryOverrides query params that replace the params' own (paging cursors); usually empty
 * @param options the caller's options
 * @param decoder decodes a successful body into the result
 * @param <R> the result type
 */
public record ApiCall<R>(
    Operation operation,
    List<String> pathParams,
    Object params,
    Map<String, Object> queryOverrides,
    RequestOptions options,
    BodyDecoder<R> decoder) {

  public ApiCall {
    Objects.requireNonNull(operation, "operation");
    pathParams = pathParams == null ? List.of() : pathParams;
    queryOverrides = queryOverrides == null ? Map.of() : queryOverrides;
    options = options == null ? RequestOptions.none() : options;
    Objects.requireNonNull(decoder, "decoder");
  }

  /** The runtime's form of a call a generated service built. */
  @SuppressWarnings("unchecked")
  static <R> ApiCall<R> of(TypedCall<R> call) {
    Operation operation = Operation.of(call.endpoint());
    Class<Object> type = (Class<Object>) call.resourceType();
    BodyDecoder<?> decoder =
        call.returnsPage()
            ? BodyDecoder.page(operation.responseEnvelope(), type)
            : BodyDecoder.resource(operation.responseEnvelope(), type);
    return new ApiCall<>(
        operation,
        call.pathParams(),
        call.params(),
        Map.of(),
        call.options(),
        (BodyDecoder<R>) decoder);
  }

  /** A call answered by one resource of {@code type}. */
  public static <T> ApiCall<T> resource(
      Operation operation,
      List<String> pathParams,
      Object params,
      RequestOptions options,
      Class<T> type) {
    return new ApiCall<>(
        operation,
        pathParams,
        params,
        Map.of(),
        options,
        BodyDecoder.resource(operation.responseEnvelope(), type));
  }

  /** A list call answered by one page of {@code type}. */
  public static <T> ApiCall<Page<T>> page(
      Operation operation,
      List<String> pathParams,
      Object params,
      RequestOptions options,
      Class<T> type) {
    return new ApiCall<>(
        operation,
        pathParams,
        params,
        Map.of(),
        options,
        BodyDecoder.page(operation.responseEnvelope(), type));
  }

  /** The same call with some query params replaced, for the next page. */
  ApiCall<R> withQueryOverrides(Map<String, Object> overrides) {
    return new ApiCall<>(operation, pathParams, params, overrides, options, decoder);
  }

  /** The get of the resource a create made, decoded the same way, for an idempotency conflict. */
  ApiCall<R> conflictingResourceGet(String id) {
    return new ApiCall<>(
        operation.conflictingResourceGet(), List.of(id), null, Map.of(), options, decoder);
  }
}

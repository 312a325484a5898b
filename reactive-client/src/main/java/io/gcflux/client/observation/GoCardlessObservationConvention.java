package io.gcflux.client.observation;

import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.MalformedResponseException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the observation of an API call {@code gcflux.client.requests} and tags it with the keys the
 * README lists. Every key has few values: the action, the status, the outcome and the exception
 * type, never an id or an amount.
 */
public class GoCardlessObservationConvention
    implements ObservationConvention<GoCardlessRequestContext> {
  /** The observation's name, and so the timer's. */
  public static final String NAME = "gcflux.client.requests";

  static final String NONE = "NONE";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(GoCardlessRequestContext context) {
    return "gocardless " + context.resource() + " " + context.action();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(GoCardlessRequestContext context) {
    return KeyValues.of(
        KeyValue.of("resource", context.resource()),
        KeyValue.of("action", context.action()),
        KeyValue.of("method", context.method()),
        KeyValue.of("status", status(context)),
        KeyValue.of("outcome", outcome(context)),
        KeyValue.of("error", error(context)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(GoCardlessRequestContext context) {
    // The template, not the expanded path: the expanded one would carry resource ids.
    return KeyValues.of("gcflux.path", context.pathTemplate());
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof GoCardlessRequestContext;
  }

  private static String status(GoCardlessRequestContext context) {
    Integer status = statusOf(context);
    return status == null ? NONE : String.valueOf(status);
  }

  private static String outcome(GoCardlessRequestContext context) {
    if (context.cancelled()) {
      return "CANCELLED";
    }
    Integer status = statusOf(context);
    if (status == null) {
      return context.getError() == null ? "UNKNOWN" : "NETWORK_ERROR";
    }
    if (status >= 500 || (status < 400 && context.getError() != null)) {
      // A 2xx whose body is not the promised JSON is the server's fault too.
      return "SERVER_ERROR";
    }
    return status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
  }

  private static String error(GoCardlessRequestContext context) {
    Throwable error = context.getError();
    return error == null ? "none" : error.getClass().getSimpleName();
  }

  private static Integer statusOf(GoCardlessRequestContext context) {
    if (context.status() != null) {
      return context.status();
    }
    Throwable error = context.getError();
    if (error instanceof GoCardlessApiException api) {
      return api.statusCode();
    }
    if (error instanceof MalformedResponseException malformed && malformed.statusCode() > 0) {
      return malformed.statusCode();
    }
    return null;
  }
}

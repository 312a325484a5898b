package io.gcflux.client.internal;

import io.gcflux.client.observe.ApiOperation;
import io.gcflux.client.observe.CallObserver;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells several observers in turn. An observer that throws is skipped for that event: an observer
 * must never break the call it watches.
 */
final class CallObservers implements CallObserver {
  private static final Logger LOG = LoggerFactory.getLogger(CallObservers.class);

  private final List<CallObserver> observers;

  private CallObservers(List<CallObserver> observers) {
    this.observers = observers;
  }

  /** The client's own logging, then the user's observer when there is one. */
  static CallObserver withLogging(CallObserver user) {
    CallLogging logging = new CallLogging();
    return user == null || user == CallObserver.NONE
        ? logging
        : new CallObservers(List.of(logging, user));
  }

  @Override
  public void onAttempt(ApiOperation op, int attempt) {
    for (CallObserver observer : observers) {
      try {
        observer.onAttempt(op, attempt);
      } catch (RuntimeException e) {
        dropped(observer, e);
      }
    }
  }

  @Override
  public void onRetry(ApiOperation op, int attempt, Throwable cause) {
    for (CallObserver observer : observers) {
      try {
        observer.onRetry(op, attempt, cause);
      } catch (RuntimeException e) {
        dropped(observer, e);
      }
    }
  }

  @Override
  public void onSuccess(
      ApiOperation op, int statusCode, String requestId, int attempts, Duration elapsed) {
    for (CallObserver observer : observers) {
      try {
        observer.onSuccess(op, statusCode, requestId, attempts, elapsed);
      } catch (RuntimeException e) {
        dropped(observer, e);
      }
    }
  }

  @Override
  public void onFailure(ApiOperation op, Throwable failure, int attempts, Duration elapsed) {
    for (CallObserver observer : observers) {
      try {
        observer.onFailure(op, failure, attempts, elapsed);
      } catch (RuntimeException e) {
        dropped(observer, e);
      }
    }
  }

  private static void dropped(CallObserver observer, RuntimeException e) {
    LOG.debug("call observer {} threw {}", observer.getClass().getName(), e.toString());
  }
}

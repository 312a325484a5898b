package io.gcflux.client.internal;

import io.gcflux.client.observe.ApiOperation;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.core.error.GoCardlessException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every attempt at DEBUG on {@code io.gcflux.client.requests}, and a call that finally fails
 * on a transient failure once at WARN. Lines name the method, the path template, attempts, the
 * failure's type and the request id: never ids, query values, tokens or bodies.
 */
final class CallLogging implements CallObserver {
  private static final Logger LOG = LoggerFactory.getLogger("io.gcflux.client.requests");

  @Override
  public void onRetry(ApiOperation op, int attempt, Throwable cause) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} attempt {} failed, retrying: {}",
          op.method(),
          op.path(),
          attempt,
          describe(cause));
    }
  }

  @Override
  public void onSuccess(
      ApiOperation op, int statusCode, String requestId, int attempts, Duration elapsed) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} in {} ms (request_id={}, attempts={})",
          op.method(),
          op.path(),
          statusCode,
          elapsed.toMillis(),
          requestId,
          attempts);
    }
  }

  /**
   * The caller receives the error either way. A refusal (4xx) is the caller's to handle, so it
   * stays at DEBUG; a transient failure the retries could not outlast is worth one WARN.
   */
  @Override
  public void onFailure(ApiOperation op, Throwable failure, int attempts, Duration elapsed) {
    boolean gaveUp = !(failure instanceof GoCardlessException known) || known.isRetryable();
    if (gaveUp ? LOG.isWarnEnabled() : LOG.isDebugEnabled()) {
      String format = "{} {} failed after {} attempt(s) in {} ms: {}";
      Object[] args = {op.method(), op.path(), attempts, elapsed.toMillis(), describe(failure)};
      if (gaveUp) {
        LOG.warn(format, args);
      } else {
        LOG.debug(format, args);
      }
    }
  }

  /** The failure's type and request id; exception messages may quote bodies, so never those. */
  static String describe(Throwable failure) {
    if (failure == null) {
      return "unknown";
    }
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    Throwable cause = failure.getCause();
    if (failure instanceof GoCardlessException known) {
      if (cause != null) {
        text.append(" (").append(cause.getClass().getSimpleName()).append(')');
      }
      if (known.requestId() != null) {
        text.append(" request_id=").append(known.requestId());
      }
    }
    return text.toString();
  }
}

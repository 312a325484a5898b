package io.gcflux.client.batch;

import java.time.Duration;

/**
 * How far a batch run has got.
 *
 * @param created rows created (or found created by an earlier run)
 * @param failed rows the API refused for good
 * @param pending rows the run gave up waiting for; they need another run
 * @param inFlight rows being sent or waiting to be retried right now
 * @param retries transient failures met so far, each followed by a retry of its row
 * @param elapsed time since the run started
 */
public record BatchProgress(
    long created, long failed, long pending, long inFlight, long retries, Duration elapsed) {

  /** Rows with an outcome: created, failed or pending. */
  public long done() {
    return created + failed + pending;
  }

  /** Rows finished (created or failed) per second since the start. */
  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (created + failed) / seconds;
  }
}

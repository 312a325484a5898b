package io.gcflux.client.export;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an export has got, reported after each page is durably written.
 *
 * @param records records in the output, those of earlier runs included
 * @param recordsThisRun records written by this run
 * @param pages pages written by this run
 * @param elapsed time since this run started
 * @param expectedTotal the total the caller expects, or {@code null} when unknown
 * @param complete whether the export has written its last page
 */
public record ExportProgress(
    long records,
    long recordsThisRun,
    long pages,
    Duration elapsed,
    Long expectedTotal,
    boolean complete) {

  /** Records written per second by this run. */
  public double recordsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : recordsThisRun / seconds;
  }

  /** The time left at this run's speed, when the total is known and some records were written. */
  public Optional<Duration> eta() {
    double rate = recordsPerSecond();
    if (expectedTotal == null || rate <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, expectedTotal - records);
    return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
  }
}

package io.gcflux.client.observation;

/** Counts retries; a separate type so observations work without a meter registry. */
@FunctionalInterface
interface RetryRecorder {
  RetryRecorder NONE = (resource, action) -> {};

  void retried(String resource, String action);
}

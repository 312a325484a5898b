package io.gcflux.client.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * Runs a stream of creates, any create action, as a batch that survives crashes, stays inside the
 * rate limit and reports every row's fate.
 *
 * <pre>{@code
 * BatchRun<Payment> run = BatchCreates.namespace("payroll-2026-11")
 *     .concurrency(8)
 *     .maxDuration(Duration.ofMinutes(30))
 *     .run(rows, (params, options) -> client.payments().withResponse().create(params, options));
 * run.outcomes().doOnNext(outcome -> ...).blockLast();
 * }</pre>
 *
 * <p><b>No duplicates across runs.</b> Each row is sent with an idempotency key derived from the
 * namespace and the row's key alone (see {@link #idempotencyKey(String)}), so running the same
 * input again after a crash sends every row with the key it had before, and a row created the first
 * time resolves to that resource (the client's default {@code ConflictStrategy.FETCH_EXISTING}
 * fetches it on the 409) instead of a second one. GoCardless keeps idempotency keys for 30 days.
 *
 * <p><b>Only permanent answers fail a row.</b> Validation, invalid-state and other 4xx answers are
 * {@link BatchOutcome.Failed}; a network failure, timeout, 5xx or 429 is retried with the same key,
 * with backoff (a 429 waits as long as the API asks), until the run's {@link
 * #maxDuration(Duration)} has passed. Rows unresolved by then are {@link BatchOutcome.Pending}.
 *
 * <p>Immutable: the {@code with}-style methods return a new configuration.
 */
public final class BatchCreates {
  // Fixed so that keys derived by any version of gcflux for the same namespace and row agree.
  private static final UUID GCFLUX_BATCH_NAMESPACE =
      UUID.fromString("4c9d2e3a-0b7f-4d61-a8e5-2f3b9c1d7e60");

  private final String namespace;
  private final UUID namespaceId;
  private final int concurrency;
  private final Duration maxDuration;
  private final Duration firstBackoff;
  private final Duration maxBackoff;

  private BatchCreates(
      String namespace, int concurrency, Duration maxDuration, Duration first, Duration max) {
    this.namespace = namespace;
    this.namespaceId = uuidV5(GCFLUX_BATCH_NAMESPACE, namespace);
    this.concurrency = concurrency;
    this.maxDuration = maxDuration;
    this.firstBackoff = first;
    this.maxBackoff = max;
  }

  /**
   * A batch whose idempotency keys are scoped by {@code namespace}: use one per logical batch (a
   * file name, a payroll run id), and the same one when re-running it. Defaults: 8 rows at once, a
   * 30-minute run, transient retries backing off from 200 ms to 10 s.
   */
  public static BatchCreates namespace(String namespace) {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException(
          "namespace is required: name the batch (a file name or run id), the same on re-runs");
    }
    return new BatchCreates(
        namespace, 8, Duration.ofMinutes(30), Duration.ofMillis(200), Duration.ofSeconds(10));
  }

  /** How many rows are sent at once (at least 1); keep it within the client's connection pool. */
  public BatchCreates concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new BatchCreates(namespace, concurrency, maxDuration, firstBackoff, maxBackoff);
  }

  /**
   * How long the run may take; rows without a final answer by then are reported pending. Rows keep
   * being retried until then, so this is also how long a network outage is waited out.
   */
  public BatchCreates maxDuration(Duration maxDuration) {
    return new BatchCreates(
        namespace, concurrency, positive(maxDuration, "maxDuration"), firstBackoff, maxBackoff);
  }

  /** The backoff after a row's first transient failure, doubling up to {@code max}. */
  public BatchCreates backoff(Duration first, Duration max) {
    positive(first, "first");
    positive(max, "max");
    if (max.compareTo(first) < 0) {
      throw new IllegalArgumentException("max backoff must not be shorter than the first");
    }
    return new BatchCreates(namespace, concurrency, maxDuration, first, max);
  }

  public String namespace() {
    return namespace;
  }

  /**
   * The idempotency key a row is sent with: the name-based (version 5) UUID of {@code rowKey} in
   * the namespace's own UUID, which is itself the version 5 UUID of the namespace text under a
   * fixed gcflux UUID. The same namespace and row key give the same key in any process.
   */
  public String idempotencyKey(String rowKey) {
    return uuidV5(namespaceId, Objects.requireNonNull(rowKey, "rowKey")).toString();
  }

  /**
   * Prepares a run of {@code items} through {@code create}; nothing is sent until {@link
   * BatchRun#outcomes()} is subscribed. Each row is sent once with its idempotency key (retries
   * included), and its outcome is emitted as soon as it is known, in completion order.
   */
  public <P, T> BatchRun<T> run(Flux<BatchItem<P>> items, CreateCall<P, T> create) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(create, "create");
    return new BatchRun<>(this, items, create);
  }

  int concurrencyValue() {
    return concurrency;
  }

  Duration maxDurationValue() {
    return maxDuration;
  }

  /** The wait before retry number {@code retry} (0 for the first), before jitter. */
  Duration backoffFor(long retry) {
    long first = firstBackoff.toMillis();
    long delay = retry >= 30 ? Long.MAX_VALUE : first << retry;
    return Duration.ofMillis(Math.min(delay < 0 ? Long.MAX_VALUE : delay, maxBackoff.toMillis()));
  }

  @Override
  public String toString() {
    return "BatchCreates{namespace="
        + namespace
        + ", concurrency="
        + concurrency
        + ", maxDuration="
        + maxDuration
        + "}";
  }

  static UUID uuidV5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
    }
    sha1.update(toBytes(namespace.getMostSignificantBits()));
    sha1.update(toBytes(namespace.getLeastSignificantBits()));
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (hash[i] & 0xff);
      low = (low << 8) | (hash[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }

  private static byte[] toBytes(long value) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) value;
      value >>>= 8;
    }
    return bytes;
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }
}

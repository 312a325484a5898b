package io.gcflux.client.batch;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.RateLimitException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * One run of a {@link BatchCreates}: its outcomes, and its progress while it runs. Subscribe to
 * {@link #outcomes()} once; cancelling it stops the run, and re-running the same input (a new run
 * with the same namespace) finishes the rows it left.
 *
 * @param <T> the created resource type
 */
public final class BatchRun<T> {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  private final BatchCreates settings;
  private final Flux<? extends BatchItem<?>> items;
  private final CreateCall<Object, T> create;
  private final RatePacer pacer = new RatePacer();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicLong created = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong inFlight = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final Sinks.Empty<Void> finished = Sinks.empty();
  private volatile long startedNanos;
  private volatile long finishedNanos;

  @SuppressWarnings("unchecked")
  <P> BatchRun(BatchCreates settings, Flux<BatchItem<P>> items, CreateCall<P, T> create) {
    this.settings = settings;
    this.items = items;
    this.create = (CreateCall<Object, T>) create;
  }

  /**
   * Runs the batch: one outcome per input row, emitted as each row settles. Never fails because of
   * a row; it fails only if the input stream itself does. May be subscribed once.
   */
  public Flux<BatchOutcome<T>> outcomes() {
    return Flux.defer(
        () -> {
          if (!started.compareAndSet(false, true)) {
            return Flux.error(
                new IllegalStateException(
                    "a BatchRun runs once: call BatchCreates.run(...) again to re-run the input"));
          }
          startedNanos = System.nanoTime();
          long deadline = now() + settings.maxDurationValue().toMillis();
          return items
              .flatMap(item -> row(item, deadline), settings.concurrencyValue())
              .doOnNext(this::count)
              .doFinally(
                  signal -> {
                    finishedNanos = System.nanoTime();
                    finished.tryEmitEmpty();
                  });
        });
  }

  /** The progress right now. */
  public BatchProgress progress() {
    long start = startedNanos;
    long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
    Duration elapsed = start == 0 ? Duration.ZERO : Duration.ofNanos(end - start);
    return new BatchProgress(
        created.get(), failed.get(), pending.get(), inFlight.get(), retries.get(), elapsed);
  }

  /**
   * The progress every {@code period} while the run goes on, then once more when it has ended.
   * Subscribe alongside {@link #outcomes()}.
   */
  public Flux<BatchProgress> progress(Duration period) {
    return Flux.interval(period)
        .map(tick -> progress())
        .takeUntilOther(finished.asMono())
        .concatWith(Mono.fromSupplier(this::progress));
  }

  private void count(BatchOutcome<T> outcome) {
    if (outcome instanceof BatchOutcome.Created) {
      created.incrementAndGet();
    } else if (outcome instanceof BatchOutcome.Failed) {
      failed.incrementAndGet();
    } else {
      pending.incrementAndGet();
    }
  }

  private Mono<BatchOutcome<T>> row(BatchItem<?> item, long deadline) {
    String key = item.key();
    long left = deadline - now();
    if (left <= 0) {
      // The run is over: rows not yet sent are left for the next run, untouched.
      return Mono.just(new BatchOutcome.Pending<>(key, null));
    }
    // Every attempt of this row, in this run and any later one, carries this key: that is what
    // turns a repeat into "already created" instead of a second resource.
    RequestOptions options =
        RequestOptions.builder()
            .idempotencyKey(settings.idempotencyKey(key))
            // The batch owns retries, so that backoff, 429 waits and the deadline are decided once.
            .maxAttempts(1)
            .build();
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<Throwable> lastFailure = new AtomicReference<>();
    Mono<BatchOutcome<T>> send =
        paced(
                () -> {
                  attempts.incrementAndGet();
                  return create.create(item.params(), options);
                })
            .map(response -> new BatchOutcome.Created<>(key, response.body(), attempts.get()));
    return send.retryWhen(
            Retry.from(
                signals ->
                    signals.concatMap(
                        signal -> {
                          lastFailure.set(signal.failure());
                          return retryOrGiveUp(
                              key, signal.failure(), signal.totalRetries(), deadline);
                        })))
        .onErrorResume(
            failure -> {
              Throwable cause = failure instanceof RunOver ? failure.getCause() : failure;
              return Mono.just(settle(key, cause, failure instanceof RunOver));
            })
        .timeout(
            Duration.ofMillis(left),
            Mono.fromSupplier(() -> new BatchOutcome.Pending<>(key, lastFailure.get())))
        .doOnSubscribe(s -> inFlight.incrementAndGet())
        // Counted down before the outcome travels on, so progress never shows a settled row in
        // flight; a row never fails here, it only settles or is cancelled.
        .doOnSuccess(outcome -> inFlight.decrementAndGet())
        .doOnCancel(inFlight::decrementAndGet);
  }

  private Mono<Long> retryOrGiveUp(String key, Throwable failure, long retry, long deadline) {
    if (isPermanent(failure)) {
      return Mono.error(failure);
    }
    Duration wait;
    if (failure instanceof RateLimitException rateLimited) {
      Duration asked = rateLimited.waitBeforeRetry(Instant.now());
      wait = asked != null ? asked : settings.backoffFor(retry);
      pacer.pauseFor(now(), wait.toMillis());
    } else {
      wait = jittered(settings.backoffFor(retry));
    }
    if (now() + wait.toMillis() >= deadline) {
      return Mono.error(new RunOver(failure));
    }
    retries.incrementAndGet();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "batch row {} met {} ({}); retrying with the same key in {} ms",
          key,
          failure.getClass().getSimpleName(),
          requestId(failure),
          wait.toMillis());
    }
    return Mono.delay(wait);
  }

  private BatchOutcome<T> settle(String key, Throwable failure, boolean runOver) {
    if (!runOver && isPermanent(failure)) {
      if (failure instanceof GoCardlessException) {
        return new BatchOutcome.Failed<>(key, (GoCardlessException) failure);
      }
      // Not the API's answer but a fault of the create call itself; reported, not thrown, so
      // one row cannot stop the others.
      return new BatchOutcome.Failed<>(key, new CallFailedException(key, failure));
    }
    return new BatchOutcome.Pending<>(key, failure);
  }

  /**
   * Only the API's refusal ends a row; the network's or the server's trouble (the exception says it
   * is retryable) is retried with the same key for as long as the run allows.
   */
  private static boolean isPermanent(Throwable failure) {
    return !(failure instanceof GoCardlessException api && api.isRetryable());
  }

  /** Sends once the pacer allows it, holding a reservation while the call is in flight. */
  private <R> Mono<ApiResponse<R>> paced(java.util.function.Supplier<Mono<ApiResponse<R>>> call) {
    return Mono.defer(
        () -> {
          long wait = pacer.reserve(now());
          if (wait > 0) {
            return Mono.delay(Duration.ofMillis(wait)).then(paced(call));
          }
          AtomicBoolean released = new AtomicBoolean();
          Runnable release =
              () -> {
                if (released.compareAndSet(false, true)) {
                  pacer.release();
                }
              };
          return call.get()
              .doOnNext(
                  response -> {
                    pacer.observe(response.rateLimit());
                    release.run();
                  })
              .doFinally(signal -> release.run());
        });
  }

  private static Duration jittered(Duration delay) {
    long millis = delay.toMillis();
    long half = millis / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private static String requestId(Throwable failure) {
    return failure instanceof GoCardlessApiException
        ? "request_id=" + ((GoCardlessApiException) failure).requestId()
        : "no response";
  }

  private static long now() {
    return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
  }

  /** A create call that failed before or outside the API, such as a bug in the caller's lambda. */
  private static final class CallFailedException extends GoCardlessException {
    private static final long serialVersionUID = 1L;

    CallFailedException(String key, Throwable cause) {
      super("The create call for row " + key + " failed outside the API: " + cause, cause);
    }
  }

  /** Marks a transient failure the run had no time left to retry. */
  private static final class RunOver extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunOver(Throwable cause) {
      super(cause);
    }
  }
}

package io.gcflux.client.paging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import reactor.core.publisher.Flux;

/**
 * Splits a {@code created_at} range into slices and streams them concurrently, for exports where
 * one cursor chain is too slow. Each slice is its own cursor chain over {@code [from, to)}; the
 * slices together cover the range exactly once, so every item arrives exactly once.
 *
 * <pre>{@code
 * Flux<Payment> payments = PartitionedExport.between(start, end)
 *     .slices(8)
 *     .concurrency(4)
 *     .stream((from, to) -> client.payments().all(PaymentListParams.builder()
 *         .createdAt(PaymentListParams.CreatedAt.builder().gte(from).lt(to).build())
 *         .build()));
 * }</pre>
 */
public final class PartitionedExport {
  private final Instant from;
  private final Instant to;
  private final int slices;
  private final int concurrency;
  private final boolean ordered;

  private PartitionedExport(
      Instant from, Instant to, int slices, int concurrency, boolean ordered) {
    this.from = from;
    this.to = to;
    this.slices = slices;
    this.concurrency = concurrency;
    this.ordered = ordered;
  }

  /** An export of {@code [from, to)}, in 4 slices streamed 4 at a time, unordered by default. */
  public static PartitionedExport between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to: " + from + " .. " + to);
    }
    return new PartitionedExport(from, to, 4, 4, false);
  }

  /** How many slices to split the range into (at least 1). */
  public PartitionedExport slices(int slices) {
    if (slices < 1) {
      throw new IllegalArgumentException("slices must be at least 1, was " + slices);
    }
    return new PartitionedExport(from, to, slices, concurrency, ordered);
  }

  /** How many slices stream at once (at least 1); bounds connections and memory. */
  public PartitionedExport concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new PartitionedExport(from, to, slices, concurrency, ordered);
  }

  /**
   * Emit slice by slice, in time order of the slices, instead of as items arrive. Later slices
   * still fetch concurrently; their items wait, bounded by Reactor's prefetch, until their turn.
   */
  public PartitionedExport ordered(boolean ordered) {
    return new PartitionedExport(from, to, slices, concurrency, ordered);
  }

  /** The slice boundaries: {@code slices + 1} instants from {@code from} to {@code to}. */
  public List<Instant> boundaries() {
    Duration span = Duration.between(from, to);
    List<Instant> bounds = new ArrayList<>(slices + 1);
    for (int i = 0; i < slices; i++) {
      bounds.add(from.plus(span.multipliedBy(i).dividedBy(slices)));
    }
    bounds.add(to);
    return bounds;
  }

  /**
   * Streams every slice through {@code slice}, which receives a slice's inclusive start and
   * exclusive end and returns its items (typically {@code all(...)} with {@code created_at[gte]}
   * and {@code created_at[lt]}).
   */
  public <T> Flux<T> stream(
      BiFunction<java.time.OffsetDateTime, java.time.OffsetDateTime, Flux<T>> slice) {
    List<Instant> bounds = boundaries();
    Flux<Flux<T>> parts =
        Flux.range(0, slices)
            .filter(i -> bounds.get(i).isBefore(bounds.get(i + 1)))
            .map(
                i ->
                    Flux.defer(
                        () ->
                            slice.apply(
                                bounds.get(i).atOffset(java.time.ZoneOffset.UTC),
                                bounds.get(i + 1).atOffset(java.time.ZoneOffset.UTC))));
    return ordered ? Flux.mergeSequential(parts, concurrency, 256) : Flux.merge(parts, concurrency);
  }
}

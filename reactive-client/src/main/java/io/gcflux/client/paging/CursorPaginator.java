package io.gcflux.client.paging;

import io.gcflux.core.Page;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * Follows a cursor chain as a stream whose fetching follows demand: a page is requested only when
 * downstream has asked for more than what is already buffered (plus, with a prefetch of 1, one page
 * ahead). Each subscription walks the chain afresh; cancelling disposes the page in flight.
 */
public final class CursorPaginator {
  private CursorPaginator() {}

  /**
   * Streams every item.
   *
   * @param fetch fetches the page after a cursor ({@code null} for the first page)
   * @param start the cursor to resume after, or {@code null} for the start
   * @param backwards follow {@code before} cursors instead of {@code after}
   * @param prefetchPages 0 to fetch strictly on demand, 1 to keep one page ahead
   */
  public static <T> Flux<T> items(
      Function<String, Mono<Page<T>>> fetch, String start, boolean backwards, int prefetchPages) {
    return Flux.create(
        sink -> new Driver<T, T>(sink, fetch, start, backwards, prefetchPages, Page::items).start(),
        // The driver emits only against demand, so the sink needs no queue of its own.
        FluxSink.OverflowStrategy.ERROR);
  }

  /** Streams the pages themselves; see {@link #items}. */
  public static <T> Flux<Page<T>> pages(
      Function<String, Mono<Page<T>>> fetch, String start, boolean backwards, int prefetchPages) {
    return Flux.create(
        sink ->
            new Driver<T, Page<T>>(sink, fetch, start, backwards, prefetchPages, List::of).start(),
        FluxSink.OverflowStrategy.ERROR);
  }

  /** The state of one subscription: the buffered pages, the cursor, the page in flight. */
  private static final class Driver<T, U> {
    private final FluxSink<U> sink;
    private final Function<String, Mono<Page<T>>> fetch;
    private final boolean backwards;
    private final int prefetchPages;
    private final Function<Page<T>, List<? extends U>> units;
    // Whole pages are queued and read by index, not an item per queue node: on a large export
    // the per-item nodes were a visible share of the allocation.
    private final Queue<List<? extends U>> pages = new ConcurrentLinkedQueue<>();
    // Touched only inside drain(), which the wip counter serializes.
    private List<? extends U> current = List.of();
    private int index;
    private final AtomicLong buffered = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile String cursor;
    private volatile boolean exhausted;
    private volatile boolean fetching;
    private volatile boolean demanded;
    private volatile long lastPageUnits = 1;
    private volatile Throwable failure;
    private volatile Disposable inFlight;

    Driver(
        FluxSink<U> sink,
        Function<String, Mono<Page<T>>> fetch,
        String start,
        boolean backwards,
        int prefetchPages,
        Function<Page<T>, List<? extends U>> units) {
      this.sink = sink;
      this.fetch = fetch;
      this.cursor = start;
      this.backwards = backwards;
      this.prefetchPages = prefetchPages;
      this.units = units;
    }

    void start() {
      sink.onRequest(
          n -> {
            demanded = true;
            drain();
          });
      sink.onDispose(
          () -> {
            Disposable current = inFlight;
            if (current != null) {
              current.dispose();
            }
            pages.clear();
          });
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        if (sink.isCancelled()) {
          return;
        }
        while (sink.requestedFromDownstream() > 0) {
          if (sink.isCancelled()) {
            return;
          }
          if (index == current.size()) {
            List<? extends U> page = pages.poll();
            if (page == null) {
              current = List.of();
              index = 0;
              break;
            }
            current = page;
            index = 0;
            continue;
          }
          U next = current.get(index++);
          buffered.decrementAndGet();
          sink.next(next);
        }
        if (buffered.get() == 0 && !fetching) {
          if (failure != null) {
            sink.error(failure);
            return;
          }
          if (exhausted) {
            sink.complete();
            return;
          }
        }
        if (!sink.isCancelled() && shouldFetch()) {
          fetchNext();
        }
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private boolean shouldFetch() {
      if (fetching || exhausted || failure != null || !demanded) {
        return false;
      }
      if (buffered.get() == 0) {
        return sink.requestedFromDownstream() > 0;
      }
      return prefetchPages > 0 && buffered.get() <= lastPageUnits;
    }

    private void fetchNext() {
      fetching = true;
      AtomicInteger received = new AtomicInteger();
      inFlight =
          fetch
              .apply(cursor)
              .subscribe(
                  page -> {
                    received.incrementAndGet();
                    accept(page);
                  },
                  error -> {
                    failure = error;
                    fetching = false;
                    drain();
                  },
                  () -> {
                    if (received.get() == 0) {
                      exhausted = true;
                    }
                    fetching = false;
                    drain();
                  });
    }

    private void accept(Page<T> page) {
      List<? extends U> fresh = units.apply(page);
      lastPageUnits = Math.max(1, fresh.size());
      // Counted before it is queued, so a concurrent drain never sees the count below the items.
      buffered.addAndGet(fresh.size());
      pages.add(fresh);
      String next = backwards ? page.before() : page.after();
      if (next == null || next.equals(cursor)) {
        exhausted = true;
      }
      cursor = next;
    }
  }
}

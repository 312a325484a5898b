package io.gcflux.client.internal;

import io.gcflux.core.CursorParams;
import io.gcflux.core.params.ListConventions;
import java.util.HashMap;
import java.util.Map;

/**
 * The paging state of list params: where a stream starts, which way it walks, and the query of each
 * next page. Reads the typed {@link CursorParams} every paginated list's params implement.
 */
final class ListCursor {
  private final String start;
  private final boolean backwards;
  private final boolean limitGiven;

  private ListCursor(String start, boolean backwards, boolean limitGiven) {
    this.start = start;
    this.backwards = backwards;
    this.limitGiven = limitGiven;
  }

  /** Reads the paging fields of {@code params} (any params, or {@code null} for none) once. */
  static ListCursor of(Object params) {
    if (!(params instanceof CursorParams<?> cursor)) {
      return new ListCursor(null, false, false);
    }
    String after = cursor.after();
    String before = cursor.before();
    // Only a lone "before" walks backwards; with both set, "after" wins, as the API reads them.
    boolean backwards = before != null && after == null;
    return new ListCursor(backwards ? before : after, backwards, cursor.limit() != null);
  }

  /** The cursor the first page starts from, or {@code null} for the start of the list. */
  String start() {
    return start;
  }

  /** Whether the stream follows {@code before} cursors instead of {@code after}. */
  boolean backwards() {
    return backwards;
  }

  /** The query params that ask for the page at {@code cursor} ({@code null}: the first page). */
  Map<String, Object> pageQuery(String cursor) {
    Map<String, Object> query = new HashMap<>(4);
    if (cursor != null) {
      query.put(backwards ? "before" : "after", cursor);
    }
    if (!limitGiven) {
      // Streams ask for the API's largest page unless the caller chose a limit.
      query.put("limit", (long) ListConventions.DEFAULT_PAGE_SIZE);
    }
    return query;
  }
}

package io.gcflux.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Params;
import java.util.HashMap;
import java.util.Map;

/**
 * The paging state of list params: where a stream starts, which way it walks, and the query of each
 * next page. The only place that reads {@code after}, {@code before} and {@code limit}; once list
 * params implement a typed cursor interface, only this class changes.
 */
final class ListCursor {
  /** The API's largest page: streams ask for it unless the caller chose a limit. */
  static final long MAX_PAGE_SIZE = 500;

  private final String start;
  private final boolean backwards;
  private final boolean limitGiven;

  private ListCursor(String start, boolean backwards, boolean limitGiven) {
    this.start = start;
    this.backwards = backwards;
    this.limitGiven = limitGiven;
  }

  /** Reads the paging fields of {@code params} ({@code null} for none) once. */
  static ListCursor of(JsonBacked params) {
    String after = text(params, "after");
    String before = text(params, "before");
    boolean limitGiven = params != null && Params.at(params, "limit") != null;
    // Only a lone "before" walks backwards; with both set, "after" wins, as the API reads them.
    boolean backwards = before != null && after == null;
    return new ListCursor(backwards ? before : after, backwards, limitGiven);
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
      query.put("limit", MAX_PAGE_SIZE);
    }
    return query;
  }

  private static String text(JsonBacked params, String field) {
    JsonNode value = params == null ? null : Params.at(params, field);
    return value == null ? null : value.asText();
  }
}

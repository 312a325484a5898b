package io.gcflux.testkit.internal;

import java.util.Map;
import java.util.Set;

/** The paging part of a list request. */
public record ListQuery(int limit, String after, String before) {
  // What the API itself answers with when a request names no limit; clients send their own.
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = ApiModel.get().description().pageSize().max();
  public static final Set<String> PAGING_PARAMS = Set.of("limit", "after", "before");

  public static ListQuery parse(Map<String, String> query) {
    int limit = DEFAULT_LIMIT;
    String raw = query.get("limit");
    if (raw != null) {
      try {
        limit = Integer.parseInt(raw.trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw ApiException.usage(
            400, "invalid_limit", "limit must be an integer between 1 and " + MAX_LIMIT);
      }
    }
    return new ListQuery(limit, blankToNull(query.get("after")), blankToNull(query.get("before")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

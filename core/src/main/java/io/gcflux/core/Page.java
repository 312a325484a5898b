package io.gcflux.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a list endpoint: its items, the cursors either side of it, and any side-loaded {@code
 * linked} resources.
 *
 * <p>{@link #after()} is the cursor to resume after this page: store it, and a later {@code
 * list(params.after(cursor))} or {@code all(...)} carries on from here.
 *
 * @param <T> the resource type
 */
public final class Page<T> {
  private final List<T> items;
  private final String before;
  private final String after;
  private final Integer limit;
  private final Map<String, List<Object>> linked;

  public Page(
      List<T> items, String before, String after, Integer limit, Map<String, List<Object>> linked) {
    this.items = List.copyOf(items);
    this.before = before;
    this.after = after;
    this.limit = limit;
    this.linked = linked == null ? Map.of() : Map.copyOf(linked);
  }

  /** The page's resources, in the order the API sent them. */
  public List<T> items() {
    return items;
  }

  /** The cursor of the page before this one, or {@code null} on the first page. */
  public String before() {
    return before;
  }

  /** The cursor of the page after this one, or {@code null} on the last page. */
  public String after() {
    return after;
  }

  /** The page size the API applied, or {@code null} when it did not say. */
  public Integer limit() {
    return limit;
  }

  /** Whether another page follows this one. */
  public boolean hasNext() {
    return after != null;
  }

  /**
   * Side-loaded resources sent under {@code linked} when the request used {@code include}, keyed by
   * their name in the API (for example {@code "customers"}) as plain maps and lists.
   */
  public Map<String, List<Object>> linked() {
    return linked;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Page)) {
      return false;
    }
    Page<?> page = (Page<?>) other;
    return items.equals(page.items)
        && Objects.equals(before, page.before)
        && Objects.equals(after, page.after)
        && Objects.equals(limit, page.limit)
        && linked.equals(page.linked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, before, after, limit, linked);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", before=" + before + ", after=" + after + "}";
  }
}

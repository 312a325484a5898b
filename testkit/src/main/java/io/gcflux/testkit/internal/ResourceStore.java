package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps one resource type in creation order. Nodes are never mutated once stored, which lets a
 * snapshot share them and stay cheap.
 */
public final class ResourceStore {
  private final ArrayList<ObjectNode> ordered;
  private final Map<String, Integer> positions;

  public ResourceStore() {
    this(new ArrayList<>(), new HashMap<>());
  }

  private ResourceStore(ArrayList<ObjectNode> ordered, Map<String, Integer> positions) {
    this.ordered = ordered;
    this.positions = positions;
  }

  public ResourceStore copy() {
    return new ResourceStore(new ArrayList<>(ordered), new HashMap<>(positions));
  }

  public void add(ObjectNode node) {
    positions.put(node.path("id").asText(), ordered.size());
    ordered.add(node);
  }

  public void replace(ObjectNode node) {
    Integer position = positions.get(node.path("id").asText());
    if (position == null) {
      throw new IllegalStateException("Not stored: " + node.path("id").asText());
    }
    ordered.set(position, node);
  }

  public void remove(String id) {
    Integer position = positions.remove(id);
    if (position != null) {
      ordered.remove((int) position);
      for (int i = position; i < ordered.size(); i++) {
        positions.put(ordered.get(i).path("id").asText(), i);
      }
    }
  }

  public Optional<ObjectNode> get(String id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(ordered.get(position));
  }

  public int size() {
    return ordered.size();
  }

  public List<ObjectNode> all() {
    return List.copyOf(ordered);
  }

  /**
   * Pages newest first: {@code after} walks towards older items, {@code before} towards newer ones,
   * and either cursor is the id of an item.
   */
  public Page page(Predicate<ObjectNode> filter, String after, String before, int limit) {
    if (before != null) {
      int cursor = cursor(before);
      List<ObjectNode> newer = new ArrayList<>();
      int i = cursor + 1;
      for (; i < ordered.size() && newer.size() <= limit; i++) {
        if (filter.test(ordered.get(i))) {
          newer.add(ordered.get(i));
        }
      }
      boolean moreBefore = newer.size() > limit;
      List<ObjectNode> items = new ArrayList<>(newer.subList(0, Math.min(limit, newer.size())));
      java.util.Collections.reverse(items);
      boolean moreAfter = anyMatch(filter, cursor, -1);
      return page(items, moreBefore, moreAfter, limit);
    }
    int start = after != null ? cursor(after) - 1 : ordered.size() - 1;
    List<ObjectNode> items = new ArrayList<>();
    int i = start;
    boolean moreAfter = false;
    for (; i >= 0; i--) {
      if (filter.test(ordered.get(i))) {
        if (items.size() == limit) {
          moreAfter = true;
          break;
        }
        items.add(ordered.get(i));
      }
    }
    boolean moreBefore = after != null && anyMatch(filter, start + 1, 1);
    return page(items, moreBefore, moreAfter, limit);
  }

  private static Page page(
      List<ObjectNode> items, boolean moreBefore, boolean moreAfter, int limit) {
    if (items.isEmpty()) {
      return new Page(items, null, null, limit);
    }
    String first = items.get(0).path("id").asText();
    String last = items.get(items.size() - 1).path("id").asText();
    return new Page(items, moreBefore ? first : null, moreAfter ? last : null, limit);
  }

  private boolean anyMatch(Predicate<ObjectNode> filter, int from, int step) {
    for (int i = from; i >= 0 && i < ordered.size(); i += step) {
      if (filter.test(ordered.get(i))) {
        return true;
      }
    }
    return false;
  }

  private int cursor(String id) {
    Integer position = positions.get(id);
    if (position == null) {
      throw ApiException.usage(400, "invalid_cursor", "The cursor " + id + " is not valid");
    }
    return position;
  }
}

package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns list query parameters into a predicate: equality on attributes and links, ranges such as
 * {@code created_at[gte]}. Parameters the resource cannot be filtered by are ignored.
 */
public final class ListFilter {
  private ListFilter() {}

  /**
   * @param lookup finds a stored resource by resource name and id, so that filters such as {@code
   *     customer} on payments can follow the payment's mandate
   */
  public static Predicate<ObjectNode> of(
      ResourceDef resource,
      Map<String, String> query,
      BiFunction<String, String, Optional<ObjectNode>> lookup) {
    List<Predicate<ObjectNode>> predicates = new ArrayList<>();
    query.forEach(
        (name, value) -> {
          if (ListQuery.PAGING_PARAMS.contains(name)) {
            return;
          }
          int bracket = name.indexOf('[');
          if (bracket > 0 && name.endsWith("]")) {
            String field = name.substring(0, bracket);
            String op = name.substring(bracket + 1, name.length() - 1);
            if (resource.attributes().containsKey(field)) {
              predicates.add(range(field, op, value));
            }
          } else if (isScalar(resource.attributes().get(name))) {
            predicates.add(equalsAny(n -> n.get(name), value));
          } else if (resource.hasLink(name)) {
            predicates.add(equalsAny(n -> n.path("links").get(name), value));
          } else if (resource.hasLink("mandate") && !name.equals("mandate")) {
            predicates.add(
                equalsAny(
                    n ->
                        lookup
                            .apply("mandates", n.path("links").path("mandate").asText())
                            .map(m -> m.path("links").get(name))
                            .orElse(null),
                    value));
          }
        });
    return node -> predicates.stream().allMatch(p -> p.test(node));
  }

  private static boolean isScalar(Schema schema) {
    if (schema == null) {
      return false;
    }
    String type = schema.type();
    return type.equals("string") || type.equals("integer") || type.equals("boolean");
  }

  private static Predicate<ObjectNode> equalsAny(
      java.util.function.Function<ObjectNode, JsonNode> field, String value) {
    Set<String> accepted = Arrays.stream(value.split(",")).collect(Collectors.toSet());
    return node -> {
      JsonNode actual = field.apply(node);
      return actual != null && !actual.isNull() && accepted.contains(actual.asText());
    };
  }

  private static Predicate<ObjectNode> range(String field, String op, String bound) {
    return node -> {
      JsonNode actual = node.get(field);
      if (actual == null || actual.isNull()) {
        return false;
      }
      int cmp = compare(actual.asText(), bound);
      switch (op) {
        case "gt":
          return cmp > 0;
        case "gte":
          return cmp >= 0;
        case "lt":
          return cmp < 0;
        case "lte":
          return cmp <= 0;
        default:
          return true;
      }
    };
  }

  private static int compare(String actual, String bound) {
    Instant a = instant(actual);
    Instant b = instant(bound);
    if (a != null && b != null) {
      return a.compareTo(b);
    }
    return actual.compareTo(bound);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

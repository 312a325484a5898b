package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the value sets the API repeats across resources ({@code currency}, {@code scheme}, {@code
 * account_type}, ...) so that each becomes one public type in {@code io.gcflux.core.model} instead
 * of one nested copy per model and params type.
 *
 * <p>A field name becomes shared when it holds an enum in at least two resources, every set it
 * holds overlaps the largest one by at least half, and the union adds at most {@value
 * #MAX_EXTRA_VALUES} values to the largest: the type then carries the union, a superset. A field
 * whose name ends in {@code _<shared name>} ({@code fx_currency}) and whose values all belong to
 * the shared set uses the shared type too.
 */
final class EnumTypes {
  static final int MAX_EXTRA_VALUES = 3;

  /** One shared value set: its Java type, its values and the field names that use it. */
  record SharedEnum(String name, ClassName type, List<String> values, Set<String> fields) {
    boolean covers(List<String> subset) {
      return values.containsAll(subset);
    }
  }

  private record Occurrence(String field, List<String> values, String resource) {}

  private final Map<String, SharedEnum> byName;

  private EnumTypes(Map<String, SharedEnum> byName) {
    this.byName = byName;
  }

  static EnumTypes of(ApiDescription api) {
    List<Occurrence> occurrences = new ArrayList<>();
    for (Resource resource : api.resources()) {
      collect(resource.attributes(), resource.name(), occurrences);
      for (Action action : resource.actions()) {
        collect(action.params(), resource.name(), occurrences);
      }
    }
    Map<String, List<Occurrence>> byField = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      byField.computeIfAbsent(occurrence.field(), f -> new ArrayList<>()).add(occurrence);
    }
    Set<String> resourceClasses = new HashSet<>();
    api.resources().forEach(r -> resourceClasses.add(r.className()));
    Map<String, SharedEnum> shared = new LinkedHashMap<>();
    for (Map.Entry<String, List<Occurrence>> field : byField.entrySet()) {
      List<String> union = sharedUnion(field.getValue());
      if (union == null) {
        continue;
      }
      String typeName = Names.upperCamel(field.getKey());
      if (resourceClasses.contains(typeName)) {
        throw new IllegalStateException(
            "The shared enum of \""
                + field.getKey()
                + "\" would be named like the resource "
                + typeName
                + ": rename one in the generator's naming rules");
      }
      shared.put(
          field.getKey(),
          new SharedEnum(
              field.getKey(),
              ClassName.get(Types.MODEL_PACKAGE, typeName),
              List.copyOf(union),
              new LinkedHashSet<>()));
    }
    // fx_currency holds currencies: it joins Currency rather than becoming FxCurrency.
    shared
        .values()
        .removeIf(
            candidate ->
                shared.values().stream()
                    .anyMatch(
                        other ->
                            candidate.name().endsWith("_" + other.name())
                                && other.covers(candidate.values())));
    EnumTypes types = new EnumTypes(shared);
    for (Occurrence occurrence : occurrences) {
      SharedEnum match = types.sharedFor(occurrence.field(), occurrence.values());
      if (match != null) {
        match.fields().add(occurrence.field());
      }
    }
    return types;
  }

  /** Every shared type, in the order the description first uses them. */
  Collection<SharedEnum> all() {
    return byName.values();
  }

  /**
   * The shared type of an enum field, or {@code null} when it keeps its own nested type. {@code
   * field} is the JSON name; for a list the singular of it.
   */
  SharedEnum sharedFor(String field, List<String> values) {
    SharedEnum exact = byName.get(field);
    if (exact != null) {
      return exact.covers(values) ? exact : null;
    }
    List<SharedEnum> bySuffix = new ArrayList<>(byName.values());
    bySuffix.sort(Comparator.comparingInt((SharedEnum s) -> -s.name().length()));
    for (SharedEnum candidate : bySuffix) {
      if (field.endsWith("_" + candidate.name()) && candidate.covers(values)) {
        return candidate;
      }
    }
    return null;
  }

  /** The JSON name an enum is matched by: a list of enums is matched by its singular. */
  static String fieldName(String json, boolean listElement) {
    return listElement ? Names.singular(json) : json;
  }

  private static List<String> sharedUnion(List<Occurrence> occurrences) {
    Set<String> resources = new HashSet<>();
    occurrences.forEach(o -> resources.add(o.resource()));
    if (resources.size() < 2) {
      return null;
    }
    List<String> largest = occurrences.get(0).values();
    for (Occurrence occurrence : occurrences) {
      if (occurrence.values().size() > largest.size()) {
        largest = occurrence.values();
      }
    }
    Set<String> union = new LinkedHashSet<>(largest);
    for (Occurrence occurrence : occurrences) {
      long overlap = occurrence.values().stream().filter(largest::contains).count();
      if (overlap * 2 < occurrence.values().size()) {
        return null;
      }
      union.addAll(occurrence.values());
    }
    return union.size() - largest.size() > MAX_EXTRA_VALUES ? null : new ArrayList<>(union);
  }

  private static void collect(
      Map<String, Schema> properties, String resource, List<Occurrence> out) {
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      collect(property.getKey(), property.getValue(), false, resource, out);
    }
  }

  private static void collect(
      String json, Schema schema, boolean element, String resource, List<Occurrence> out) {
    if (schema.isEnum()) {
      out.add(new Occurrence(fieldName(json, element), schema.enumValues(), resource));
    } else if (schema.properties() != null) {
      collect(schema.properties(), resource, out);
    } else if (schema.items() != null) {
      collect(json, schema.items(), true, resource, out);
    } else if (schema.values() != null) {
      collect(json, schema.values(), true, resource, out);
    }
  }
}

package io.gcflux.client.internal;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The read-only headers of one Reactor Netty response as a map by lower-case name. The runtime
 * reads the few it needs (request id, rate limit) straight from Netty's headers; the map itself is
 * built only when someone asks for it, which a create whose caller wants just the resource never
 * does.
 */
public final class ResponseHeaders extends AbstractMap<String, List<String>> {
  private final HttpHeaders netty;
  private volatile Map<String, List<String>> byName;

  ResponseHeaders(HttpHeaders netty) {
    this.netty = netty;
  }

  /** The first value of a header, without building the map; Netty matches names in any case. */
  String first(String name) {
    return netty.get(name);
  }

  @Override
  public List<String> get(Object name) {
    return byName().get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return byName().containsKey(name);
  }

  @Override
  public int size() {
    return byName().size();
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return byName().entrySet();
  }

  private Map<String, List<String>> byName() {
    Map<String, List<String>> map = byName;
    if (map == null) {
      // Built at most a few times under a race, always to the same immutable value.
      Map<String, List<String>> grouped = new LinkedHashMap<>();
      for (Map.Entry<String, String> header : netty) {
        grouped
            .computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
            .add(header.getValue());
      }
      grouped.replaceAll((name, values) -> List.copyOf(values));
      map = Map.copyOf(grouped);
      byName = map;
    }
    return map;
  }
}

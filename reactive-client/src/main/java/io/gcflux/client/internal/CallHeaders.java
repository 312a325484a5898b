package io.gcflux.client.internal;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The headers of one request as one read-only map: the client's shared headers (auth, version, user
 * agent), which are never copied per call, and the call's own (content type, idempotency key,
 * tracing and the caller's extras), which win over a shared header of the same name.
 */
final class CallHeaders extends AbstractMap<String, String> {
  private final Map<String, String> shared;
  private final Map<String, String> own;
  private Map<String, String> merged;

  CallHeaders(Map<String, String> shared, Map<String, String> own) {
    this.shared = shared;
    this.own = own;
  }

  /** The client's headers, the same instance for every call of a client. */
  Map<String, String> shared() {
    return shared;
  }

  /** The headers of this call only. */
  Map<String, String> own() {
    return own;
  }

  /** These headers and {@code more}, which win over them. */
  CallHeaders plus(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(own);
    all.putAll(more);
    return new CallHeaders(shared, all);
  }

  @Override
  public String get(Object name) {
    String value = own.get(name);
    return value != null ? value : shared.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return own.containsKey(name) || shared.containsKey(name);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    shared.forEach(
        (name, value) -> {
          if (!own.containsKey(name)) {
            action.accept(name, value);
          }
        });
    own.forEach(action);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    // Only an in-memory or user transport walks the entries; Netty's takes the two parts apart.
    Map<String, String> all = merged;
    if (all == null) {
      all = new LinkedHashMap<>(shared);
      all.putAll(own);
      merged = Map.copyOf(all);
      all = merged;
    }
    return all.entrySet();
  }
}

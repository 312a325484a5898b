package io.gcflux.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The parts of an HTTP request the emulator looks at, independent of WireMock. */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    UnaryOperator<String> headers,
    String body) {

  public static ApiRequest of(
      String method, String url, UnaryOperator<String> headers, String body) {
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : parseQuery(url.substring(q + 1));
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new ApiRequest(method.toUpperCase(java.util.Locale.ROOT), path, query, headers, body);
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.put(key, value);
    }
    return Collections.unmodifiableMap(query);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String header(String name) {
    return headers.apply(name);
  }
}

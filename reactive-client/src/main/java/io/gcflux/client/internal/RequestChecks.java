package io.gcflux.client.internal;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Params;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses, before any connection is used, a call the API would refuse anyway or that would send
 * something other than what the caller meant.
 */
final class RequestChecks {
  // Whether an action has a params type: a null params for such a create can only be the caller's.
  private static final Map<Operation, Boolean> PARAMS_TYPE_EXISTS = new ConcurrentHashMap<>();

  private RequestChecks() {}

  static void check(Operation op, Object params, RequestOptions options) {
    if (options == null) {
      throw new IllegalArgumentException(
          "options must not be null: pass RequestOptions.none() for the defaults ("
              + op.method()
              + " "
              + op.path()
              + ")");
    }
    if (params != null && !op.usesQuery()) {
      Params.checkBody(JsonBacked.of(params));
    }
  }

  /** Creates and updates whose action has a params type need one: null would send nothing. */
  static void checkParamsGiven(Operation op, Object params, Class<?> resultType) {
    if (params != null || !(op.action().startsWith("create") || op.action().equals("update"))) {
      return;
    }
    if (PARAMS_TYPE_EXISTS.computeIfAbsent(op, o -> paramsTypeExists(o, resultType))) {
      throw new IllegalArgumentException(
          "params must not be null for "
              + op.method()
              + " "
              + op.path()
              + ": build them with "
              + paramsTypeName(op, resultType)
              + ".builder()");
    }
  }

  private static boolean paramsTypeExists(Operation op, Class<?> resultType) {
    try {
      Class.forName(
          "io.gcflux.core.params." + paramsTypeName(op, resultType),
          false,
          resultType.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String paramsTypeName(Operation op, Class<?> resultType) {
    StringBuilder name = new StringBuilder(resultType.getSimpleName());
    for (String word : op.action().split("_")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return name.append("Params").toString();
  }
}

package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.core.ApiEnum;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.json.GoCardlessJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Asserts that a decoded resource exposes every field through a typed, non-null getter. */
public final class DecodedCheck {
  private static final ObjectMapper MAPPER = GoCardlessJson.mapper();
  private static final Set<String> NOT_GETTERS =
      Set.of("toJson", "toString", "hashCode", "getClass", "toBuilder");

  private DecodedCheck() {}

  public static void assertReencodesTo(Object resource, String json) {
    try {
      JsonNode expected = MAPPER.readTree(json);
      JsonNode actual = MAPPER.readTree(GoCardlessJson.toJson(resource));
      assertThat(actual).isEqualTo(expected);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  public static void assertEveryGetterPopulated(Object value, String path) {
    assertThat(value).as(path).isNotNull();
    if (value instanceof ApiEnum) {
      assertThat(((ApiEnum) value).isKnown()).as(path + " is a known value").isTrue();
    } else if (value instanceof Collection) {
      assertThat((Collection<?>) value).as(path).isNotEmpty();
      assertEveryGetterPopulated(((Collection<?>) value).iterator().next(), path + "[0]");
    } else if (value instanceof Map) {
      assertThat((Map<?, ?>) value).as(path).isNotEmpty();
      assertEveryGetterPopulated(((Map<?, ?>) value).values().iterator().next(), path + "{}");
    } else if (JsonBacked.find(value) != null) {
      for (Method getter : value.getClass().getDeclaredMethods()) {
        if (Modifier.isPublic(getter.getModifiers())
            && !Modifier.isStatic(getter.getModifiers())
            && getter.getParameterCount() == 0
            && !NOT_GETTERS.contains(getter.getName())) {
          assertEveryGetterPopulated(invoke(getter, value), path + "." + getter.getName() + "()");
        }
      }
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(getter + " failed", e);
    }
  }
}

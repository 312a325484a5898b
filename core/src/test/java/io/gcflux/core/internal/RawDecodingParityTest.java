package io.gcflux.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.core.Page;
import io.gcflux.core.model.ModelTypes;
import io.gcflux.core.model.Payment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responses keep each resource's bytes and read fields from them; values bound by Jackson keep a
 * tree. Every getter must give the same answer either way, for every resource of the API and for
 * the JSON shapes that take the slow paths (escapes, wide characters, spacing, duplicates).
 */
class RawDecodingParityTest {
  private static final Set<String> NOT_GETTERS =
      Set.of("toJson", "toString", "hashCode", "toBuilder", "getClass", "builder");

  static Stream<Object[]> everyResourceExample() throws Exception {
    ApiDescription api = ApiDescription.read(ApiDescription.BUNDLED);
    return ModelTypes.ALL.stream()
        .map(
            type -> {
              ObjectNode example =
                  api.resources().stream()
                      .filter(r -> r.className().equals(type.getSimpleName()))
                      .findFirst()
                      .map(r -> api.examples().resource(r))
                      .orElseThrow(() -> new AssertionError("no resource for " + type));
              return new Object[] {type, example.toString()};
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyResourceExample")
  void everyGetterReadsTheSameFromBytesAsFromATree(Class<?> type, String json) throws Exception {
    assertSameReads(type, json);
  }

  @Test
  void awkwardJsonReadsTheSameFromBytesAsFromATree() throws Exception {
    List<String> payments =
        List.of(
            "{}",
            "{ \"id\" : \"PM1\" ,\n\t\"amount\" : 100 , \"links\" : { \"mandate\" : \"MD1\" } }",
            "{\"id\":\"PM\\\"1\\\\\",\"description\":\"caf\\u00e9 \\n tab\\t\",\"reference\":\"é😀\"}",
            "{\"am\\u006funt\":42,\"amount_refunded\":\"17\",\"app_fee\":-5,\"amount\":7}",
            "{\"amount\":1,\"amount\":2,\"id\":\"first\",\"id\":\"second\"}",
            "{\"amount\":-0,\"app_fee\":999999999999999999,\"amount_refunded\":123456789012345678}",
            "{\"amount\":null,\"id\":null,\"links\":null,\"fx\":null,\"metadata\":null}",
            "{\"status\":\"teleported\",\"currency\":\"XYZ\",\"charge_date\":\"2026-01-20\"}",
            "{\"created_at\":\"2026-01-15T10:30:00.000Z\",\"retry_if_possible\":true,"
                + "\"faster_ach\":false}",
            "{\"fx\":{\"exchange_rate\":\"1.100000\",\"fx_amount\":10,\"estimated_exchange_rate\":"
                + "null},\"metadata\":{\"k\":\"v\",\"n\":\"caf\\u00e9\"}}",
            "{\"new\":{\"deep\":[1,2.50,{\"x\":[\"]\",\"}\",\"\\\"\"]}]},\"id\":\"PM2\"}",
            "{\"links\":\"not an object\",\"fx\":[],\"metadata\":{}}",
            "{\"description\":123,\"reference\":{\"a\":1},\"id\":true}");
    for (String json : payments) {
      assertSameReads(Payment.class, json);
    }
  }

  @Test
  void aPageKeepsEachItemsOwnBytesNotThePage() {
    String body =
        "{\"payments\":[{\"id\":\"PM1\",\"amount\":1},null,{\"id\":\"PM2\",\"amount\":2}],"
            + "\"meta\":{\"cursors\":{\"before\":null,\"after\":\"PM2\"},\"limit\":2}}";
    Page<Payment> page = Responses.page(utf8(body), "payments", Payment.class, 200, "RQ1");
    assertThat(page.items()).extracting(Payment::id).containsExactly("PM1", "PM2");
    assertThat(page.items()).extracting(Payment::amount).containsExactly(1L, 2L);
    assertThat(page.items().get(1).toJson()).isEqualTo("{\"id\":\"PM2\",\"amount\":2}");
    assertThat(page.after()).isEqualTo("PM2");
  }

  @Test
  void aBadValueInsideAnItemFailsTheDecodeNotALaterGetter() {
    assertThatThrownBy(
            () ->
                Responses.page(
                    utf8("{\"payments\":[{\"id\":\"PM1\",\"amount\":01}]}"),
                    "payments",
                    Payment.class,
                    200,
                    "RQ1"))
        .isInstanceOf(io.gcflux.core.error.MalformedResponseException.class);
  }

  private static void assertSameReads(Class<?> type, String json) throws Exception {
    Object fromTree = Json.MAPPER.readValue(json, type);
    Object fromBytes = Responses.resource(utf8("{\"x\":" + json + "}"), "x", type, 200, "RQ1");
    assertThat(fromBytes).isEqualTo(fromTree);
    assertThat(fromBytes.hashCode()).isEqualTo(fromTree.hashCode());
    assertThat(fromBytes.toString()).isEqualTo(fromTree.toString());
    assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(fromBytes)))
        .isEqualTo(Json.MAPPER.readTree(json));
    assertSameGetters(fromTree, fromBytes, type.getSimpleName() + " " + json);
    // Items of a page share their field names when they have the same ones.
    String body = "{\"x\":[" + json + ",{\"id\":\"other\"}, " + json + "," + json + "]}";
    List<?> items = Responses.page(utf8(body), "x", type, 200, "RQ1").items();
    for (int i : new int[] {0, 2, 3}) {
      assertSameGetters(fromTree, items.get(i), type.getSimpleName() + " item " + i + " " + json);
    }
  }

  /** Calls every getter on both, recursing into nested generated objects. */
  private static void assertSameGetters(Object fromTree, Object fromBytes, String where)
      throws Exception {
    for (Method getter : fromTree.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class
          || NOT_GETTERS.contains(getter.getName())) {
        continue;
      }
      Object expected = call(getter, fromTree);
      Object actual = call(getter, fromBytes);
      String what = where + " ." + getter.getName() + "()";
      if (expected instanceof Throwable) {
        assertThat(actual).as(what).isInstanceOf(((Throwable) expected).getClass());
        assertThat(((Throwable) actual).getMessage())
            .as(what)
            .isEqualTo(((Throwable) expected).getMessage());
        continue;
      }
      assertThat(actual).as(what).isEqualTo(expected);
      if (expected != null && JsonBacked.find(expected) != null) {
        assertSameGetters(expected, actual, what);
      }
    }
  }

  private static Object call(Method getter, Object target) throws Exception {
    try {
      return getter.invoke(target);
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

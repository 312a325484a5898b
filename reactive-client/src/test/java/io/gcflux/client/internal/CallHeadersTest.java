package io.gcflux.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallHeadersTest {
  private static final Map<String, String> SHARED =
      Map.of("Authorization", "Bearer t", "User-Agent", "gcflux");

  @Test
  void callHeadersWinOverSharedOnesOfTheSameName() {
    CallHeaders headers =
        new CallHeaders(SHARED, Map.of("User-Agent", "mine", "Idempotency-Key", "K1"));

    assertThat(headers)
        .containsOnly(
            entry("Authorization", "Bearer t"),
            entry("User-Agent", "mine"),
            entry("Idempotency-Key", "K1"));
    assertThat(headers.get("User-Agent")).isEqualTo("mine");
    assertThat(headers.get("Authorization")).isEqualTo("Bearer t");
    assertThat(headers.get("Missing")).isNull();
  }

  @Test
  void forEachVisitsEachNameOnceWithTheWinningValue() {
    CallHeaders headers = new CallHeaders(SHARED, Map.of("User-Agent", "mine"));
    Map<String, String> visited = new LinkedHashMap<>();

    headers.forEach(
        (name, value) ->
            assertThat(visited.put(name, value)).as("visited twice: " + name).isNull());

    assertThat(visited)
        .containsOnly(entry("Authorization", "Bearer t"), entry("User-Agent", "mine"));
  }

  @Test
  void plusAddsHeadersWithoutTouchingTheOriginal() {
    CallHeaders headers = new CallHeaders(SHARED, Map.of("Idempotency-Key", "K1"));

    CallHeaders traced = headers.plus(Map.of("traceparent", "00-abc"));

    assertThat(traced)
        .containsEntry("traceparent", "00-abc")
        .containsEntry("Idempotency-Key", "K1");
    assertThat(traced.shared()).isSameAs(SHARED);
    assertThat(headers).doesNotContainKey("traceparent");
  }
}

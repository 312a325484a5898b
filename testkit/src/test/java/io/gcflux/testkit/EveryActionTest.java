package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the raw API description, independently of the emulator's own reading of it. */
class EveryActionTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  static JsonNode description() {
    try (InputStream in =
        EveryActionTest.class.getResourceAsStream("/io/gcflux/core/api/gocardless-api.json")) {
      return Http.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> actions() {
    List<Arguments> all = new ArrayList<>();
    for (JsonNode resource : description().path("resources")) {
      for (JsonNode action : resource.path("actions")) {
        all.add(
            Arguments.of(
                resource.path("name").asText() + " " + action.path("name").asText(),
                resource.path("name").asText(),
                action));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void answersWithItsEnvelope(String label, String resource, JsonNode action) throws IOException {
    String path = action.path("path").asText().replace(":identity", Examples.id(resource));
    JsonNode envelope = action.get("request_envelope");
    String body =
        envelope == null || envelope.isNull()
            ? null
            : Examples.requestJson(resource, action.path("name").asText());
    HttpResponse<String> response =
        http.send(action.path("method").asText(), path, body, java.util.Map.of());

    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    JsonNode json = json(response);
    String responseEnvelope = action.path("response_envelope").asText();
    assertThat(json.has(responseEnvelope)).as(response.body()).isTrue();
    if (action.path("returns").asText().equals("list")) {
      assertThat(json.path(responseEnvelope).isArray()).isTrue();
      assertThat(json.path("meta").path("cursors").has("before")).isTrue();
      assertThat(json.path("meta").path("cursors").has("after")).isTrue();
      assertThat(json.path("meta").path("limit").isInt()).isTrue();
    } else {
      assertThat(json.path(responseEnvelope).isObject()).isTrue();
    }
  }
}

package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.core.Page;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every resource and action of the project's API description is reachable from the client. */
class ApiCoverageTest {
  private static JsonNode description() throws IOException {
    try (InputStream in =
        ApiCoverageTest.class.getResourceAsStream("/io/gcflux/core/api/gocardless-api.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static String camel(String snake, boolean upper) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    String name = out.toString();
    return upper ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  @Test
  void everyActionOfTheDescriptionIsAMethodOfItsService() throws Exception {
    JsonNode resources = description().get("resources");
    int actions = 0;
    Set<String> accessors = new HashSet<>();
    for (JsonNode resource : resources) {
      String accessor = camel(resource.get("name").asText(), false);
      Method get = GoCardlessClient.class.getMethod(accessor);
      accessors.add(accessor);
      Class<?> service = get.getReturnType();
      assertThat(service.getSimpleName())
          .isEqualTo(camel(resource.get("name").asText(), true) + "Service");
      Set<String> methods =
          Arrays.stream(service.getMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .map(Method::getName)
              .collect(Collectors.toSet());
      for (JsonNode action : resource.get("actions")) {
        actions++;
        String name = camel(action.get("name").asText(), false);
        assertThat(methods).as(resource.get("name") + " " + name).contains(name);
        Method method =
            Arrays.stream(service.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .get();
        assertThat(method.getReturnType()).isEqualTo(Mono.class);
        int pathParams = action.get("path_params").size();
        assertThat(method.getParameterTypes()).hasSizeGreaterThanOrEqualTo(pathParams);
        for (int i = 0; i < pathParams; i++) {
          assertThat(method.getParameterTypes()[i]).isEqualTo(String.class);
        }
        if (action.get("returns").asText().equals("list")) {
          ParameterizedType mono = (ParameterizedType) method.getGenericReturnType();
          assertThat(((ParameterizedType) mono.getActualTypeArguments()[0]).getRawType())
              .isEqualTo(Page.class);
        }
        if (action.get("auto_paginated").asBoolean()) {
          for (String stream : new String[] {"all", "pages"}) {
            assertThat(Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(stream)))
                .as(resource.get("name") + " " + stream)
                .isNotEmpty()
                .allMatch(m -> m.getReturnType() == Flux.class);
          }
        }
      }
    }
    assertThat(resources.size()).isEqualTo(46);
    assertThat(actions).isEqualTo(138);
    assertThat(accessors).hasSize(46);
  }

  @Test
  void negativeBalanceLimitsCanBeListedButNotCreated() {
    Set<String> methods =
        Arrays.stream(io.gcflux.client.service.NegativeBalanceLimitsService.class.getMethods())
            .map(m -> m.getName().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    assertThat(methods).contains("list", "all", "pages").doesNotContain("create");
  }
}

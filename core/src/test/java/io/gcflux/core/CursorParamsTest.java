package io.gcflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gcflux.core.internal.Params;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.ListConventions;
import io.gcflux.core.params.PaymentListParams;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorParamsTest {

  /** The params class of every auto-paginated list action in the description. */
  private static List<Class<?>> paginatedListParams() throws Exception {
    JsonNode description;
    try (InputStream in =
        CursorParamsTest.class
            .getClassLoader()
            .getResourceAsStream("io/gcflux/core/api/gocardless-api.json")) {
      description = new ObjectMapper().readTree(in);
    }
    List<Class<?>> types = new ArrayList<>();
    for (JsonNode resource : description.get("resources")) {
      for (JsonNode action : resource.get("actions")) {
        if (action.get("returns").asText().equals("list")
            && action.get("auto_paginated").asBoolean()) {
          String name = resource.get("class").asText() + upperCamel(action.get("name").asText());
          types.add(Class.forName("io.gcflux.core.params." + name + "Params"));
        }
      }
    }
    return types;
  }

  private static String upperCamel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  @Test
  void everyPaginatedListParamsTypeIsCursorParamsAndCopiesWithAnotherCursor() throws Exception {
    List<Class<?>> types = paginatedListParams();
    assertThat(types).hasSizeGreaterThan(20);
    for (Class<?> type : types) {
      assertThat(CursorParams.class).as(type.getName()).isAssignableFrom(type);
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("before", String.class).invoke(builder, "B1");
      builder.getClass().getMethod("limit", int.class).invoke(builder, 20);
      CursorParams<?> params =
          (CursorParams<?>) builder.getClass().getMethod("build").invoke(builder);

      CursorParams<?> next = params.withAfter("A2");

      assertThat(next).as(type.getName()).isInstanceOf(type);
      assertThat(next.after()).isEqualTo("A2");
      assertThat(next.before()).isNull();
      assertThat(next.limit()).isEqualTo(20L);
      assertThat(params.before()).as("the original is unchanged").isEqualTo("B1");
      assertThat(params.after()).isNull();
      assertThat(next.withBefore("B3").after()).isNull();
      assertThat(next.withBefore("B3").before()).isEqualTo("B3");
    }
  }

  @Test
  void withAfterKeepsEveryFilter() {
    PaymentListParams params =
        PaymentListParams.builder()
            .status(Payment.Status.PAID_OUT)
            .createdAt(c -> c.gte(Instant.parse("2026-01-01T00:00:00Z")))
            .build();

    PaymentListParams next = params.withAfter("PM123");

    assertThat(Params.query(next))
        .isEqualTo("status=paid_out&created_at%5Bgte%5D=2026-01-01T00%3A00%3A00.000Z&after=PM123");
  }

  @Test
  void pageSizeComesFromTheDescriptionConventions() {
    assertThat(ListConventions.DEFAULT_PAGE_SIZE).isEqualTo(500);
    assertThat(ListConventions.MAX_PAGE_SIZE).isEqualTo(500);
  }
}

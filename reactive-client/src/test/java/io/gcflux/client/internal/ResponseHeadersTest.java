package io.gcflux.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.client.call.ApiResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {
  private static HttpHeaders netty() {
    return new DefaultHttpHeaders()
        .add("Content-Type", "application/json")
        .add("X-Request-Id", "RQ123")
        .add("Set-Cookie", "a=1")
        .add("set-cookie", "b=2");
  }

  @Test
  void groupsValuesByLowerCaseName() {
    ResponseHeaders headers = new ResponseHeaders(netty());

    assertThat(headers)
        .containsOnly(
            Map.entry("content-type", List.of("application/json")),
            Map.entry("x-request-id", List.of("RQ123")),
            Map.entry("set-cookie", List.of("a=1", "b=2")));
    assertThat(headers.get("X-Request-Id")).isNull();
  }

  @Test
  void readsOneHeaderWithoutTheMap() {
    ResponseHeaders headers = new ResponseHeaders(netty());

    assertThat(headers.first("x-request-id")).isEqualTo("RQ123");
    assertThat(new HttpExchange.Response(201, headers, new byte[0]).header("x-request-id"))
        .isEqualTo("RQ123");
    assertThat(headers.first("retry-after")).isNull();
  }

  @Test
  void isReadOnly() {
    ResponseHeaders headers = new ResponseHeaders(netty());

    assertThatThrownBy(() -> headers.put("x", List.of("y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.get("set-cookie").add("c=3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void apiResponseKeepsTheHeadersItReadsByAnyCase() {
    ApiResponse<String> response =
        new ApiResponse<>(201, new ResponseHeaders(netty()), "RQ123", null, 1, "body");

    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.headers()).containsKey("x-request-id");
  }
}

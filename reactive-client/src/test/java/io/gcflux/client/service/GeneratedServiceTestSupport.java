package io.gcflux.client.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.gcflux.client.DecodedCheck;
import io.gcflux.client.GoCardlessClient;
import io.gcflux.client.TestServer;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.Page;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the generated per-action tests share: a WireMock server, a client, and assertions. */
public abstract class GeneratedServiceTestSupport {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TOKEN = "generated-test-token";

  private WireMockServer server;
  private GoCardlessClient client;

  @BeforeEach
  void startClient() {
    server = TestServer.get();
    server.resetAll();
    client =
        GoCardlessClient.builder()
            .accessToken(TOKEN)
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  protected GoCardlessClient client() {
    return client;
  }

  protected void stub(String method, String path, boolean list, String envelope, String example) {
    ObjectNode body = MAPPER.createObjectNode();
    JsonNode resource = read(example);
    if (list) {
      body.putArray(envelope).add(resource);
      ObjectNode meta = body.putObject("meta");
      meta.putObject("cursors").putNull("before").putNull("after");
      meta.put("limit", 50);
    } else {
      body.set(envelope, resource);
    }
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(method.equals("POST") ? 201 : 200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-request-id", "RQ_GENERATED")
                    .withBody(body.toString())));
  }

  protected void assertFullyDecoded(Object result, Class<?> model, String example, boolean list) {
    Object resource = result;
    if (list) {
      assertThat(result).isInstanceOf(Page.class);
      assertThat(((Page<?>) result).items()).hasSize(1);
      resource = ((Page<?>) result).items().get(0);
    }
    assertThat(resource).isInstanceOf(model);
    DecodedCheck.assertReencodesTo(resource, example);
    DecodedCheck.assertEveryGetterPopulated(resource, model.getSimpleName());
  }

  protected void verifySent(
      String method, String path, String query, String body, boolean idempotent) {
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    assertThat(request.getMethod().value()).isEqualTo(method);
    String url = request.getUrl();
    int question = url.indexOf('?');
    assertThat(question < 0 ? url : url.substring(0, question)).isEqualTo(path);
    assertThat(question < 0 ? null : url.substring(question + 1)).isEqualTo(query);
    if (body == null) {
      assertThat(request.getBodyAsString()).isEmpty();
    } else {
      assertThat(read(request.getBodyAsString())).isEqualTo(read(body));
      assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    }
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("GoCardless-Version")).isEqualTo("2015-07-06");
    assertThat(request.containsHeader("Idempotency-Key")).isEqualTo(idempotent);
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

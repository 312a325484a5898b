package io.gcflux.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small JSON-over-HTTP client for tests, since the real client module depends on testkit. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client;
  private final String baseUrl;
  private final String token;

  Http(String baseUrl, String token) {
    this(HttpClient.newHttpClient(), baseUrl, token);
  }

  Http(HttpClient client, String baseUrl, String token) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.token = token;
  }

  static Http of(GoCardlessEmulator emulator) {
    return new Http(emulator.baseUrl(), emulator.accessToken());
  }

  Http withToken(String otherToken) {
    return new Http(client, baseUrl, otherToken);
  }

  Http withFreshClient() {
    return new Http(HttpClient.newHttpClient(), baseUrl, token);
  }

  HttpResponse<String> get(String path) throws IOException {
    return send("GET", path, null, Map.of());
  }

  HttpResponse<String> post(String path, String json) throws IOException {
    return send("POST", path, json, Map.of());
  }

  HttpResponse<String> post(String path, String json, Map<String, String> headers)
      throws IOException {
    return send("POST", path, json, headers);
  }

  HttpResponse<String> put(String path, String json) throws IOException {
    return send("PUT", path, json, Map.of());
  }

  HttpResponse<String> send(String method, String path, String json, Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("GoCardless-Version", "2015-07-06")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    headers.forEach(builder::header);
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

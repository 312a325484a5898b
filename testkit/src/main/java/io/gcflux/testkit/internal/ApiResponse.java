package io.gcflux.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the emulator answers, including the WireMock-level misbehaviour (delays, connection faults)
 * that fault injection asks for.
 */
public final class ApiResponse {
  private final int status;
  private final String body;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private com.github.tomakehurst.wiremock.http.Fault connectionFault;
  private int fixedDelayMillis;
  private int randomDelayMinMillis = -1;
  private int randomDelayMaxMillis = -1;

  public ApiResponse(int status, String contentType, String body) {
    this.status = status;
    this.body = body;
    headers.put("Content-Type", contentType);
  }

  public static ApiResponse json(int status, String body) {
    return new ApiResponse(status, "application/json", body);
  }

  public static ApiResponse connectionFault(com.github.tomakehurst.wiremock.http.Fault fault) {
    ApiResponse response = new ApiResponse(200, "application/json", "");
    response.connectionFault = fault;
    return response;
  }

  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public ApiResponse fixedDelay(int millis) {
    this.fixedDelayMillis = millis;
    return this;
  }

  public ApiResponse randomDelay(int minMillis, int maxMillis) {
    this.randomDelayMinMillis = minMillis;
    this.randomDelayMaxMillis = maxMillis;
    return this;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public com.github.tomakehurst.wiremock.http.Fault connectionFault() {
    return connectionFault;
  }

  public int fixedDelayMillis() {
    return fixedDelayMillis;
  }

  public int randomDelayMinMillis() {
    return randomDelayMinMillis;
  }

  public int randomDelayMaxMillis() {
    return randomDelayMaxMillis;
  }
}

package io.gcflux.client;

/** The two GoCardless environments. An access token works in exactly one of them. */
public enum Environment {
  /** Real money: {@code https://api.gocardless.com}. */
  LIVE("https://api.gocardless.com"),
  /** The sandbox for development: {@code https://api-sandbox.gocardless.com}. */
  SANDBOX("https://api-sandbox.gocardless.com");

  private final String baseUrl;

  Environment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String baseUrl() {
    return baseUrl;
  }
}

package io.gcflux.client;

/** The two GoCardless environments. An access token works in exactly one of them. */
public enum Environment {
  /** Real money: {@code https://api.gocardless.com}. */
  LIVE("https://api.gocardless.com", "live_"),
  /** The sandbox for development: {@code https://api-sandbox.gocardless.com}. */
  SANDBOX("https://api-sandbox.gocardless.com", "sandbox_");

  private final String baseUrl;
  private final String tokenPrefix;

  Environment(String baseUrl, String tokenPrefix) {
    this.baseUrl = baseUrl;
    this.tokenPrefix = tokenPrefix;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The environment an access token was issued for, read from its prefix ({@code live_} or {@code
   * sandbox_}); {@code null} for a token with neither, such as an emulator's.
   */
  static Environment ofToken(String accessToken) {
    for (Environment environment : values()) {
      if (accessToken.startsWith(environment.tokenPrefix)) {
        return environment;
      }
    }
    return null;
  }

  /** How the environment is named in messages and in the builder. */
  String displayName() {
    return this == LIVE ? "live" : "sandbox";
  }
}

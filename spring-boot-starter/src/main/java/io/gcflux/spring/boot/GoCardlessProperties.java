package io.gcflux.spring.boot;

import io.gcflux.client.Environment;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gcflux.*} properties of the auto-configured {@code GoCardlessClient}. Unset values
 * keep the client builder's defaults, listed in the README.
 */
@ConfigurationProperties("gcflux")
public class GoCardlessProperties {
  /** Access token from the GoCardless dashboard (Developers > Create > Access token). Required. */
  private String accessToken;

  /** API environment: LIVE (the client's default) or SANDBOX. */
  private Environment environment = Environment.LIVE;

  /** Base URL that wins over the environment's, such as a local emulator's. */
  private String baseUrl;

  /** Connections the client's pool may open. */
  private Integer maxConnections;

  /** How long to wait for a TCP connection. */
  private Duration connectTimeout;

  /** How long one attempt waits for the response once sent. */
  private Duration responseTimeout;

  /** Deadline of a whole call, retries and backoff included. */
  private Duration callTimeout;

  private final Retry retry = new Retry();

  private final Webhook webhook = new Webhook();

  public String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  public Environment getEnvironment() {
    return environment;
  }

  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Integer getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getResponseTimeout() {
    return responseTimeout;
  }

  public void setResponseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  public Duration getCallTimeout() {
    return callTimeout;
  }

  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  public Retry getRetry() {
    return retry;
  }

  public Webhook getWebhook() {
    return webhook;
  }

  @Override
  public String toString() {
    // Never the token or the webhook secret.
    return "GoCardlessProperties{environment="
        + environment
        + ", baseUrl="
        + baseUrl
        + ", accessToken="
        + (accessToken == null || accessToken.isBlank() ? "unset" : "set")
        + "}";
  }

  /** How calls that failed in a way that is safe to repeat are retried. */
  public static class Retry {
    /** Attempts of a call in all, the first included. */
    private Integer maxAttempts;

    /** Wait before the first retry; later ones back off exponentially from it, with jitter. */
    private Duration backoff;

    /** Longest wait between two attempts. */
    private Duration maxBackoff;

    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
      return backoff;
    }

    public void setBackoff(Duration backoff) {
      this.backoff = backoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }
  }

  /** The webhook endpoint, on in a WebFlux application once the secret is set. */
  public static class Webhook {
    /** Secret of the webhook endpoint, from the dashboard. Setting it turns the endpoint on. */
    private String secret;

    /** Path of the endpoint GoCardless posts to. */
    private String path = "/webhooks/gocardless";

    /** Event ids remembered by the default in-memory de-duplication. */
    private int rememberedEvents = 100_000;

    public String getSecret() {
      return secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public int getRememberedEvents() {
      return rememberedEvents;
    }

    public void setRememberedEvents(int rememberedEvents) {
      this.rememberedEvents = rememberedEvents;
    }

    @Override
    public String toString() {
      return "Webhook{path=" + path + ", secret=" + (secret == null ? "unset" : "set") + "}";
    }
  }
}

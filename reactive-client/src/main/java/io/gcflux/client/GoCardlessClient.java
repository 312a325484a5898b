package io.gcflux.client;

import io.gcflux.client.call.RateLimit;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.internal.ApiExecutor;
import io.gcflux.client.internal.ClientLifecycle;
import io.gcflux.client.internal.ExecutorSettings;
import io.gcflux.client.internal.HttpTransport;
import io.gcflux.client.internal.NettyTransport;
import io.gcflux.client.internal.PoolMetricsRecorder;
import io.gcflux.client.internal.UserTransport;
import io.gcflux.client.observation.ClientObservability;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.observe.CallTracing;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.client.service.GoCardlessServices;
import io.gcflux.client.spi.Transport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The entry point: one service per GoCardless resource ({@code client.payments()}, {@code
 * client.billingRequests()}, ...), each method returning a {@code Mono} or {@code Flux}.
 *
 * <p>Immutable and thread-safe: build one per access token and share it. It owns a dedicated
 * Reactor Netty connection pool, released by {@link #close()}. A closed client stays closed: every
 * later call fails with {@link IllegalStateException} without sending anything.
 *
 * <pre>{@code
 * try (GoCardlessClient client = GoCardlessClient.builder()
 *     .accessToken(System.getenv("GOCARDLESS_ACCESS_TOKEN"))
 *     .environment(Environment.SANDBOX)
 *     .build()) {
 *   client.payments().all().take(5).doOnNext(p -> System.out.println(p.id())).blockLast();
 * }
 * }</pre>
 */
public final class GoCardlessClient extends GoCardlessServices implements AutoCloseable {
  /** The API version every request pins with the {@code GoCardless-Version} header. */
  public static final String API_VERSION = "2015-07-06";

  private final ApiExecutor executor;
  private final ClientLifecycle lifecycle;
  private final ConnectionProvider ownedPool;
  private final PoolMetricsRecorder poolMetrics;
  private final String baseUrl;

  private GoCardlessClient(
      ApiExecutor executor,
      ClientLifecycle lifecycle,
      ConnectionProvider ownedPool,
      PoolMetricsRecorder poolMetrics,
      String baseUrl) {
    super(executor);
    this.executor = executor;
    this.lifecycle = lifecycle;
    this.ownedPool = ownedPool;
    this.poolMetrics = poolMetrics;
    this.baseUrl = baseUrl;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The rate-limit state of the most recent response that reported one. */
  public RateLimit rateLimit() {
    return executor.rateLimits().latest();
  }

  /** The client's connection pool right now: connections in use, idle, and callers waiting. */
  public PoolStats poolStats() {
    return poolMetrics == null ? PoolStats.EMPTY : poolMetrics.snapshot(PoolStats::new);
  }

  /**
   * Closes the client and releases its connection pool; does not block. Calls made afterwards fail
   * at subscription with {@link IllegalStateException}; calls in flight complete or fail, and none
   * retries. Closing again does nothing.
   */
  @Override
  public void close() {
    if (lifecycle.close() && ownedPool != null) {
      ownedPool.dispose();
    }
  }

  /**
   * Closes the client as {@link #close()} does once subscribed, completing when the connection pool
   * is released.
   */
  public Mono<Void> closeLater() {
    return Mono.defer(
        () -> {
          lifecycle.close();
          return ownedPool == null ? Mono.<Void>empty() : ownedPool.disposeLater();
        });
  }

  /** Whether {@link #close()} or {@link #closeLater()} has closed this client. */
  public boolean isClosed() {
    return lifecycle.isClosed();
  }

  @Override
  public String toString() {
    return "GoCardlessClient{baseUrl=" + baseUrl + "}";
  }

  /** Builds a {@link GoCardlessClient}. Defaults are listed in the README. */
  public static final class Builder {
    private String accessToken;
    private Environment environment = Environment.LIVE;
    private String baseUrl;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration callTimeout = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private int maxConnections = 50;
    private int pendingAcquireMaxCount = 1_000;
    private Duration pendingAcquireTimeout = Duration.ofSeconds(10);
    private Duration maxIdleTime = Duration.ofSeconds(45);
    private Duration maxLifeTime = Duration.ofMinutes(5);
    private Duration evictInBackground = Duration.ofSeconds(30);
    private boolean compress = true;
    private HttpClient httpClient;
    private Transport transport;
    private Proxy proxy;
    private ConflictStrategy conflictStrategy = ConflictStrategy.FETCH_EXISTING;
    private boolean throttleOnRateLimit;
    private int pagePrefetch;
    private CallObserver observer = CallObserver.NONE;
    private long maxResponseSize = NettyTransport.DEFAULT_MAX_RESPONSE_BYTES;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    // Typed fields load no Micrometer class until a registry is actually given.
    private ObservationRegistry observationRegistry;
    private MeterRegistry meterRegistry;
    private LoopResources loopResources;

    private Builder() {}

    /** The access token from the GoCardless dashboard. Required; never logged or printed. */
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    /** {@link Environment#LIVE} (the default) or {@link Environment#SANDBOX}. */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * A base URL that wins over the environment's, such as a local emulator's. {@code http://} is
     * accepted only for loopback addresses, so a token never crosses a network in clear.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The deadline of a whole call, retries and backoff included (default 60 s). */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /** How long to wait for a TCP connection (default 5 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long one attempt waits for the response once sent (default 30 s). */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = positive(responseTimeout, "responseTimeout");
      return this;
    }

    /** Connections the pool may open (default 50). */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = atLeastOne(maxConnections, "maxConnections");
      return this;
    }

    /** Calls that may wait for a connection before new ones fail fast (default 1,000). */
    public Builder pendingAcquireMaxCount(int pendingAcquireMaxCount) {
      this.pendingAcquireMaxCount = atLeastOne(pendingAcquireMaxCount, "pendingAcquireMaxCount");
      return this;
    }

    /** How long a call waits for a free connection (default 10 s). */
    public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
      this.pendingAcquireTimeout = positive(pendingAcquireTimeout, "pendingAcquireTimeout");
      return this;
    }

    /**
     * How long an idle connection is kept (default 45 s: below the 60 s idle timeout common to
     * cloud load balancers, so the pool never reuses a connection the far end dropped).
     */
    public Builder maxIdleTime(Duration maxIdleTime) {
      this.maxIdleTime = positive(maxIdleTime, "maxIdleTime");
      return this;
    }

    /** How long any connection lives, so DNS changes are picked up (default 5 min). */
    public Builder maxLifeTime(Duration maxLifeTime) {
      this.maxLifeTime = positive(maxLifeTime, "maxLifeTime");
      return this;
    }

    /** How often idle and expired connections are closed in the background (default 30 s). */
    public Builder evictInBackground(Duration evictInBackground) {
      this.evictInBackground = positive(evictInBackground, "evictInBackground");
      return this;
    }

    /** Whether to ask for gzip responses (default true). */
    public Builder compress(boolean compress) {
      this.compress = compress;
      return this;
    }

    /**
     * Your own Reactor Netty client, for proxies or TLS settings. The pool options above do not
     * apply to it, {@link #close()} leaves it open, and gcflux still turns off its silent retry.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Sends every request through your own {@link Transport} instead of Reactor Netty: an in-memory
     * fake in tests, or another HTTP stack. Retries, timeouts, headers and decoding stay gcflux's;
     * the connection pool options, {@link #httpClient}, {@link #proxy} and {@link #loopResources}
     * do not apply and may not be set with it, and {@link GoCardlessClient#close()} leaves the
     * transport to you.
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** Tunnels every connection through an HTTP proxy; also applies to {@link #httpClient}. */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** Tunnels every connection through the HTTP proxy the consumer describes. */
    public Builder proxy(Consumer<Proxy.Builder> proxy) {
      Proxy.Builder builder = Proxy.builder();
      proxy.accept(builder);
      return proxy(builder.build());
    }

    /** What creates do on an idempotency conflict (default: fetch the existing resource). */
    public Builder conflictStrategy(ConflictStrategy conflictStrategy) {
      this.conflictStrategy = Objects.requireNonNull(conflictStrategy, "conflictStrategy");
      return this;
    }

    /**
     * Hold requests back while the API reports the rate-limit budget spent, so a batch slows down
     * instead of collecting 429s (default false).
     */
    public Builder throttleOnRateLimit(boolean throttleOnRateLimit) {
      this.throttleOnRateLimit = throttleOnRateLimit;
      return this;
    }

    /**
     * Pages that {@code all()} and {@code pages()} fetch ahead of demand: 0 (the default) fetches
     * strictly on demand, 1 keeps one page ahead for throughput.
     */
    public Builder pagePrefetch(int pagePrefetch) {
      if (pagePrefetch < 0 || pagePrefetch > 1) {
        throw new IllegalArgumentException("pagePrefetch must be 0 or 1, was " + pagePrefetch);
      }
      this.pagePrefetch = pagePrefetch;
      return this;
    }

    /** Hears every call and attempt, for metrics or tracing (default: none). */
    public Builder observer(CallObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * The largest response body read, in bytes (default 8 MiB, eight times a full page of 500
     * payments). A larger one fails with {@code MalformedResponseException} before it is read.
     */
    public Builder maxResponseSize(long maxResponseSize) {
      if (maxResponseSize < 1) {
        throw new IllegalArgumentException(
            "maxResponseSize must be at least 1 byte, was " + maxResponseSize);
      }
      this.maxResponseSize = maxResponseSize;
      return this;
    }

    /** A header every request carries, for example a tracing header of your own. */
    public Builder defaultHeader(String name, String value) {
      // The rules of a per-call header: the per-call builder is where they live.
      RequestOptions.builder().header(name, value);
      defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Makes each call one observation {@code gcflux.client.requests} (a timer, and a client span
     * under the caller's when tracing is on). Needs {@code micrometer-observation}.
     */
    public Builder observationRegistry(ObservationRegistry observationRegistry) {
      this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
      return this;
    }

    /**
     * Where the retry counter, the rate-limit gauge and the pool's gauges go (and the call timer,
     * when no observation registry is given). Needs {@code micrometer-core}.
     */
    public Builder meterRegistry(MeterRegistry meterRegistry) {
      this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
      return this;
    }

    /**
     * The event loops to run on, such as the application server's, so that one process has one set
     * (default: Reactor Netty's shared loops). {@link #close()} leaves them running.
     */
    public Builder loopResources(LoopResources loopResources) {
      this.loopResources = Objects.requireNonNull(loopResources, "loopResources");
      return this;
    }

    public GoCardlessClient build() {
      if (accessToken == null || accessToken.isBlank()) {
        throw new IllegalArgumentException(
            "accessToken is required: create one in the GoCardless dashboard (Developers >"
                + " Create > Access token)");
      }
      if (baseUrl == null) {
        checkTokenEnvironment(accessToken, environment);
      }
      String url = checkedBaseUrl(baseUrl != null ? baseUrl : environment.baseUrl());
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Authorization", "Bearer " + accessToken);
      headers.put("GoCardless-Version", API_VERSION);
      headers.put("Accept", "application/json");
      headers.put("User-Agent", UserAgent.VALUE);
      headers.putAll(defaultHeaders);
      // One instance for the transport and the executor: Netty's transport recognises it.
      Map<String, String> sharedHeaders = Map.copyOf(headers);
      ConnectionProvider pool = null;
      PoolMetricsRecorder metrics = null;
      HttpTransport wire;
      if (transport != null) {
        if (httpClient != null || proxy != null || loopResources != null) {
          throw new IllegalStateException(
              "transport(...) replaces the HTTP stack: drop httpClient(...), proxy(...) and"
                  + " loopResources(...), and configure those in your transport instead");
        }
        wire = new UserTransport(transport);
      } else {
        HttpClient http = httpClient;
        if (http == null) {
          metrics = new PoolMetricsRecorder();
          Supplier<ConnectionProvider.MeterRegistrar> registrar = metrics.registrar();
          if (meterRegistry != null) {
            registrar = ClientObservability.poolRegistrar(meterRegistry, registrar);
          }
          pool =
              ConnectionProvider.builder("gcflux")
                  .maxConnections(maxConnections)
                  .pendingAcquireMaxCount(pendingAcquireMaxCount)
                  .pendingAcquireTimeout(pendingAcquireTimeout)
                  .maxIdleTime(maxIdleTime)
                  .maxLifeTime(maxLifeTime)
                  .evictInBackground(evictInBackground)
                  .metrics(true, registrar)
                  .build();
          http =
              HttpClient.create(pool)
                  .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                  .responseTimeout(responseTimeout)
                  .compress(compress);
          if (loopResources != null) {
            http = http.runOn(loopResources);
          }
        }
        if (proxy != null) {
          http = http.proxy(proxy::configure);
        }
        // Every attempt must go through gcflux's retry policy, which knows what is safe to repeat.
        http = http.disableRetry(true);
        wire = new NettyTransport(http, url, sharedHeaders, maxResponseSize);
      }
      ExecutorSettings settings =
          new ExecutorSettings(
              url,
              sharedHeaders,
              retryPolicy,
              callTimeout,
              conflictStrategy == ConflictStrategy.FETCH_EXISTING,
              throttleOnRateLimit,
              pagePrefetch,
              observer,
              tracing());
      ClientLifecycle lifecycle = new ClientLifecycle();
      ApiExecutor executor = new ApiExecutor(wire, settings, lifecycle);
      if (meterRegistry != null) {
        ClientObservability.gaugeRateLimit(meterRegistry, executor.rateLimits()::latest);
      }
      return new GoCardlessClient(executor, lifecycle, pool, metrics, url);
    }

    // Touches the Micrometer-backed classes only when a registry was given, so a class path
    // without Micrometer never loads them.
    private CallTracing tracing() {
      return observationRegistry == null && meterRegistry == null
          ? CallTracing.NONE
          : ClientObservability.tracing(observationRegistry, meterRegistry);
    }

    @Override
    public String toString() {
      return "GoCardlessClient.Builder{environment="
          + environment
          + ", baseUrl="
          + baseUrl
          + ", accessToken="
          + (accessToken == null ? "unset" : "set")
          + (proxy != null ? ", proxy=" + proxy : "")
          + "}";
    }

    /**
     * A sandbox token sent to the live API (or the reverse) is refused with a 401 at the first
     * call; saying so at build time names the real mistake. A custom base URL (an emulator, a
     * proxy) is the caller's choice and is not checked.
     */
    private static void checkTokenEnvironment(String accessToken, Environment environment) {
      Environment issuedFor = Environment.ofToken(accessToken.trim());
      if (issuedFor != null && issuedFor != environment) {
        throw new IllegalArgumentException(
            "The access token is a "
                + issuedFor.displayName()
                + " token but the client is configured for the "
                + environment.displayName()
                + " environment: call environment(Environment."
                + issuedFor.name()
                + ") or use a "
                + environment.displayName()
                + " token");
      }
    }

    private static String checkedBaseUrl(String raw) {
      URI uri;
      try {
        uri = URI.create(raw.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + raw, e);
      }
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        throw new IllegalArgumentException("baseUrl needs a scheme and host: " + raw);
      }
      if (scheme.equals("http") && !isLoopback(host)) {
        throw new IllegalArgumentException(
            "baseUrl must use https (http is allowed only for localhost): " + raw);
      }
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("baseUrl must be http(s): " + raw);
      }
      String url = uri.toString();
      while (url.endsWith("/")) {
        url = url.substring(0, url.length() - 1);
      }
      return url;
    }

    private static boolean isLoopback(String host) {
      // An IPv4 literal only: "127.0.0.1.example.com" is a public name.
      return host.equals("localhost")
          || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || host.equals("[::1]")
          || host.equals("::1");
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}

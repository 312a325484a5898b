package io.gcflux.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.gcflux.testkit.internal.ApiModel;
import io.gcflux.testkit.internal.EmulatorState;
import io.gcflux.testkit.internal.Json;
import io.gcflux.testkit.internal.RateLimiter;
import io.gcflux.testkit.internal.ResourceDef;
import io.gcflux.testkit.internal.ResourceHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process GoCardless Pro API on WireMock: every resource and action of the API description
 * answers, the core payment flow keeps state, and faults, rate limits and webhooks can be
 * simulated.
 *
 * <pre>{@code
 * try (GoCardlessEmulator emulator = GoCardlessEmulator.started()) {
 *   String baseUrl = emulator.baseUrl();
 *   String token = emulator.accessToken();
 * }
 * }</pre>
 */
public final class GoCardlessEmulator implements AutoCloseable {
  public static final String DEFAULT_ACCESS_TOKEN = "emulator-access-token";
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 1000;

  private final int port;
  private final String accessToken;
  private final EmulatorState state;
  private final ResourceHandler seeder;
  private final Faults faults = new Faults();
  private final RateLimiter rateLimiter;
  private final Webhooks webhooks;
  private WireMockServer server;

  private GoCardlessEmulator(Builder builder) {
    this.port = builder.port;
    this.accessToken = builder.accessToken;
    this.state = new EmulatorState(ApiModel.get(), builder.clock);
    this.seeder = new ResourceHandler(state);
    this.rateLimiter = new RateLimiter(builder.rateLimitPerMinute, builder.clock);
    this.webhooks = new Webhooks(this::events);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A started emulator with default settings on a free port. */
  public static GoCardlessEmulator started() {
    return builder().build().start();
  }

  public synchronized GoCardlessEmulator start() {
    if (server != null) {
      return this;
    }
    RequestDispatcher dispatcher = new RequestDispatcher(state, faults, rateLimiter, accessToken);
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .bindAddress("localhost")
            .extensions(new EmulatorTransformer(dispatcher))
            // Delays are scheduled rather than slept on a server thread.
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(4)
            .gzipDisabled(true)
            .stubRequestLoggingDisabled(true)
            .maxRequestJournalEntries(20_000)
            .notifier(new ConsoleNotifier(false));
    if (port == 0) {
      options.dynamicPort();
    } else {
      options.port(port);
    }
    WireMockServer candidate = new WireMockServer(options);
    candidate.start();
    candidate.stubFor(any(anyUrl()).willReturn(aResponse()));
    server = candidate;
    return this;
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public synchronized boolean isRunning() {
    return server != null && server.isRunning();
  }

  public int port() {
    return running().port();
  }

  /** For example {@code http://localhost:53127}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port();
  }

  public String accessToken() {
    return accessToken;
  }

  /** The underlying server, for {@code verify(...)} and the request journal. */
  public WireMockServer wireMock() {
    return running();
  }

  /** Every request received since the last reset, oldest first. */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> requests = new ArrayList<>(running().findAll(anyRequestedFor(anyUrl())));
    return requests;
  }

  public Faults faults() {
    return faults;
  }

  public Webhooks webhooks() {
    return webhooks;
  }

  /** Forgets all resources, faults, rate-limit usage and recorded requests. */
  public void reset() {
    synchronized (state) {
      state.clear();
    }
    faults.clear();
    rateLimiter.reset();
    WireMockServer current = server;
    if (current != null) {
      current.resetRequests();
    }
  }

  /** Creates {@code count} customers and returns their ids. */
  public List<String> seedCustomers(int count) {
    List<String> ids = new ArrayList<>(count);
    synchronized (state) {
      for (int i = 0; i < count; i++) {
        ids.add(insertCustomer());
      }
    }
    return ids;
  }

  /** Creates {@code count} mandates, each with its own customer and bank account. */
  public List<String> seedMandates(int count) {
    List<String> ids = new ArrayList<>(count);
    synchronized (state) {
      for (int i = 0; i < count; i++) {
        ids.add(insertMandate());
      }
    }
    return ids;
  }

  /** Creates {@code count} payments on the newest mandate, creating one if there is none. */
  public List<String> seedPayments(int count) {
    List<String> ids = new ArrayList<>(count);
    synchronized (state) {
      List<ObjectNode> mandates = state.store("mandates").all();
      String mandate =
          mandates.isEmpty()
              ? insertMandate()
              : mandates.get(mandates.size() - 1).path("id").asText();
      for (int i = 0; i < count; i++) {
        ObjectNode params = Json.object();
        params.put("amount", 1000 + i);
        params.put("currency", "GBP");
        params.put("reference", "SEED-" + (i + 1));
        params.putObject("links").put("mandate", mandate);
        ids.add(insert("payments", params));
      }
    }
    return ids;
  }

  /**
   * Stores {@code count} example resources of any stateful resource (such as {@code payouts}, which
   * the API offers no way to create) and returns their ids.
   */
  public List<String> seed(String resourceName, int count) {
    ResourceDef resource = state.model().require(resourceName);
    if (!resource.stateful()) {
      throw new IllegalArgumentException(resourceName + " keeps no state, it only has examples");
    }
    List<String> ids = new ArrayList<>(count);
    synchronized (state) {
      for (int i = 0; i < count; i++) {
        ids.add(insert(resourceName, Json.object()));
      }
    }
    return ids;
  }

  /**
   * Makes {@code GET /payments} serve {@code count} payments computed page by page: ids are {@code
   * PM} followed by the zero-padded base-36 index, newest (index 0) first. A reset turns it off.
   */
  public void virtualPayments(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    synchronized (state) {
      state.virtualPayments(count);
    }
  }

  /** The id a virtual payment at {@code index} has. */
  public static String virtualPaymentId(long index) {
    return io.gcflux.testkit.internal.VirtualPayments.id(index);
  }

  /** The JSON of a stored resource. */
  public Optional<String> resource(String resourceName, String id) {
    synchronized (state) {
      return state.find(resourceName, id).map(Json::write);
    }
  }

  /** The JSON of every stored resource of one kind, oldest first. */
  public List<String> resources(String resourceName) {
    synchronized (state) {
      List<String> all = new ArrayList<>();
      state.store(resourceName).all().forEach(n -> all.add(Json.write(n)));
      return all;
    }
  }

  /** The events recorded so far, oldest first, as JSON objects. */
  public List<String> events() {
    return resources("events");
  }

  EmulatorState snapshot() {
    synchronized (state) {
      return state.snapshot();
    }
  }

  void restore(EmulatorState snapshot) {
    synchronized (state) {
      state.restore(snapshot);
    }
    faults.clear();
    rateLimiter.reset();
    WireMockServer current = server;
    if (current != null) {
      current.resetRequests();
    }
  }

  private String insertCustomer() {
    int n = state.store("customers").size() + 1;
    ObjectNode params = Json.object();
    params.put("email", "customer" + n + "@example.com");
    params.put("given_name", "Customer");
    params.put("family_name", "Number " + n);
    return insert("customers", params);
  }

  private String insertMandate() {
    String customer = insertCustomer();
    ObjectNode account = Json.object();
    account.put("account_holder_name", "Customer " + customer);
    account.putObject("links").put("customer", customer);
    String bankAccount = insert("customer_bank_accounts", account);
    ObjectNode mandate = Json.object();
    mandate.putObject("links").put("customer_bank_account", bankAccount);
    return insert("mandates", mandate);
  }

  private String insert(String resourceName, ObjectNode params) {
    return seeder.insert(state.model().require(resourceName), params).path("id").asText();
  }

  private synchronized WireMockServer running() {
    if (server == null) {
      throw new IllegalStateException("The emulator is not started");
    }
    return server;
  }

  /** Settings of an emulator. */
  public static final class Builder {
    private int port;
    private String accessToken = DEFAULT_ACCESS_TOKEN;
    private int rateLimitPerMinute = DEFAULT_RATE_LIMIT_PER_MINUTE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The port to listen on; 0, the default, picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
      return this;
    }

    public Builder rateLimitPerMinute(int rateLimitPerMinute) {
      if (rateLimitPerMinute < 1) {
        throw new IllegalArgumentException("rateLimitPerMinute must be at least 1");
      }
      this.rateLimitPerMinute = rateLimitPerMinute;
      return this;
    }

    /** The clock behind {@code created_at} and the rate-limit windows. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public GoCardlessEmulator build() {
      return new GoCardlessEmulator(this);
    }
  }
}

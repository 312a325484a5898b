package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.gcflux.client.call.RequestOptions;
import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.core.model.Customer;
import io.gcflux.core.model.CustomerBankAccount;
import io.gcflux.core.params.CustomerBankAccountCreateParams;
import io.gcflux.core.params.CustomerCreateParams;
import io.gcflux.core.params.CustomerListParams;
import io.gcflux.testkit.Fault;
import io.gcflux.testkit.GoCardlessEmulator;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import io.gcflux.testkit.Webhooks;
import io.gcflux.webhook.WebhookBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.netty.http.client.HttpClient;

/**
 * Every log line at TRACE (gcflux, Reactor Netty with a wiretap, Netty), every exception and every
 * toString() of a full flow is free of the token, the webhook secret and personal data.
 */
class SecretsInLogsTest {
  private static final String TOKEN = "live_SECRET_token_0123456789";
  private static final String WEBHOOK_SECRET = "whsec_PRIVATE_signing_secret";
  private static final String EMAIL = "jane.private@example.org";
  private static final String GIVEN_NAME = "Janeprivate";
  private static final String FAMILY_NAME = "Doeprivate";
  private static final String STREET = "17 Hiddenhouse Lane";
  private static final String ACCOUNT_NUMBER = "55779911";
  private static final String HOLDER = "Jane Holderprivate";
  private static final String METADATA_VALUE = "private-crm-note";
  private static final List<String> SECRETS =
      List.of(
          TOKEN,
          "Bearer",
          "Authorization",
          WEBHOOK_SECRET,
          EMAIL,
          GIVEN_NAME,
          FAMILY_NAME,
          STREET,
          ACCOUNT_NUMBER,
          HOLDER,
          METADATA_VALUE);

  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR =
      new GoCardlessEmulatorExtension(GoCardlessEmulator.builder().accessToken(TOKEN));

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Map<String, Level> levels = new java.util.HashMap<>();
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void captureEverything() {
    for (String name : List.of("io.gcflux", "reactor", "reactor.netty", "io.netty")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.TRACE);
    }
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void release() {
    root.detachAppender(appender);
    levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  @Test
  void noSecretOrPersonalDataReachesLogsMessagesOrToString() {
    GoCardlessClient.Builder builder =
        GoCardlessClient.builder()
            .accessToken(TOKEN)
            .baseUrl(EMULATOR.baseUrl())
            .httpClient(HttpClient.create().wiretap(true))
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(5))
                    .maxDelay(Duration.ofMillis(10))
                    .build());
    seen.add(builder.toString());
    try (GoCardlessClient client = builder.build()) {
      seen.add(client.toString());
      CustomerCreateParams customerParams =
          CustomerCreateParams.builder()
              .email(EMAIL)
              .givenName(GIVEN_NAME)
              .familyName(FAMILY_NAME)
              .addressLine1(STREET)
              .city("London")
              .countryCode("GB")
              .putMetadata("crm", METADATA_VALUE)
              .build();
      seen.add(customerParams.toString());
      RequestOptions options =
          RequestOptions.builder().header("X-Trace", "trace-1").idempotencyKey("idem-1").build();
      seen.add(options.toString());

      EMULATOR
          .emulator()
          .faults()
          .next(1)
          .on("POST", "/customers")
          .respondWith(Fault.CONNECTION_RESET);
      var created = client.customers().withResponse().create(customerParams, options).block();
      seen.add(created.toString());
      Customer customer = created.body();
      seen.add(customer.toString());

      CustomerBankAccountCreateParams accountParams =
          CustomerBankAccountCreateParams.builder()
              .accountNumber(ACCOUNT_NUMBER)
              .branchCode("200000")
              .accountHolderName(HOLDER)
              .countryCode("GB")
              .links(
                  CustomerBankAccountCreateParams.Links.builder().customer(customer.id()).build())
              .build();
      seen.add(accountParams.toString());
      CustomerBankAccount account = client.customerBankAccounts().create(accountParams).block();
      seen.add(account.toString());

      EMULATOR.emulator().faults().next(1).on("GET", "/customers").respondWith(Fault.BAD_GATEWAY);
      var page = client.customers().list(CustomerListParams.builder().limit(10).build()).block();
      seen.add(page.toString());
      page.items().forEach(item -> seen.add(item.toString()));

      addThrowable(failure(client.customers().get("CU_DOES_NOT_EXIST")));

      addThrowable(
          failure(
              client
                  .customerBankAccounts()
                  .create(
                      CustomerBankAccountCreateParams.builder()
                          .accountNumber(ACCOUNT_NUMBER)
                          .accountHolderName(HOLDER)
                          .build())));

      String event =
          "{\"id\":\"EV1\",\"created_at\":\"2026-01-01T00:00:00.000Z\",\"action\":\"created\","
              + "\"resource_type\":\"customers\",\"links\":{\"customer\":\""
              + customer.id()
              + "\"},\"details\":{\"origin\":\"api\",\"description\":\""
              + EMAIL
              + "\"}}";
      String body = EMULATOR.emulator().webhooks().body(List.of(event));
      WebhookBatch batch =
          io.gcflux.webhook.Webhooks.parseWebhook(
              body, Webhooks.sign(body, WEBHOOK_SECRET), WEBHOOK_SECRET);
      seen.add(batch.toString());
      batch.events().forEach(e -> seen.add(e.toString()));
      try {
        io.gcflux.webhook.Webhooks.parseWebhook(body, "bad-signature", WEBHOOK_SECRET);
      } catch (RuntimeException e) {
        addThrowable(e);
      }
    }

    // Event loops may still log connection events as the closed client's pool winds down: read a
    // copy taken under the appender's own lock.
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = new ArrayList<>(appender.list);
    }
    for (ILoggingEvent event : events) {
      seen.add(event.getLoggerName() + " " + event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        seen.add(t.getClassName() + ": " + t.getMessage());
      }
    }
    assertThat(events).as("the wiretap and DEBUG lines were captured").hasSizeGreaterThan(20);
    assertThat(seen).anyMatch(line -> line.contains("reactor.netty.http.client.HttpClient"));
    for (String line : seen) {
      for (String secret : SECRETS) {
        assertThat(line).as("a line naming " + secret).doesNotContain(secret);
      }
    }
  }

  private static Throwable failure(reactor.core.publisher.Mono<?> call) {
    return call.then(reactor.core.publisher.Mono.<Throwable>empty())
        .onErrorResume(reactor.core.publisher.Mono::just)
        .block(Duration.ofSeconds(30));
  }

  private void addThrowable(Throwable thrown) {
    assertThat(thrown).isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      seen.add(t.toString());
    }
  }
}

package io.gcflux.samples;

import io.gcflux.client.Environment;
import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.model.Customer;
import io.gcflux.core.params.CustomerCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.GoCardlessEmulator;
import java.time.Duration;
import java.util.Locale;

/**
 * Creates a customer, then lists payments and prints the first five.
 *
 * <p>With {@code GOCARDLESS_ACCESS_TOKEN} set it talks to the sandbox (or to {@code
 * GOCARDLESS_ENVIRONMENT=live}); without it, it starts the embedded emulator and seeds it, so the
 * program runs on a machine with nothing but a JDK.
 */
public final class Quickstart {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private Quickstart() {}

  public static void main(String[] args) {
    String token = System.getenv("GOCARDLESS_ACCESS_TOKEN");
    GoCardlessEmulator emulator = null;
    GoCardlessClient.Builder builder = GoCardlessClient.builder();
    if (token == null || token.isBlank()) {
      emulator = GoCardlessEmulator.builder().build();
      emulator.start();
      emulator.seedPayments(12);
      System.out.println(
          "No GOCARDLESS_ACCESS_TOKEN set: using the embedded GoCardless emulator at "
              + emulator.baseUrl()
              + " (seeded with 12 payments)");
      builder.accessToken(emulator.accessToken()).baseUrl(emulator.baseUrl());
    } else {
      Environment environment = environment();
      System.out.println(
          "Using the GoCardless "
              + environment.name().toLowerCase(Locale.ROOT)
              + " environment at "
              + environment.baseUrl());
      builder.accessToken(token).environment(environment);
    }
    try (GoCardlessClient client = builder.build()) {
      run(client);
    } finally {
      if (emulator != null) {
        emulator.stop();
      }
    }
  }

  // Samples are the one place that may block: a main method has nothing else to do meanwhile.
  static void run(GoCardlessClient client) {
    CustomerCreateParams params =
        CustomerCreateParams.builder()
            .email("ada+" + System.currentTimeMillis() + "@example.com")
            .givenName("Ada")
            .familyName("Lovelace")
            .countryCode("GB")
            .build();
    Customer customer = client.customers().create(params).block(WAIT);
    System.out.println("Created customer " + customer.id() + " <" + customer.email() + ">");

    System.out.println("First five payments:");
    Long shown =
        client
            .payments()
            .all(PaymentListParams.builder().limit(5).build())
            .take(5)
            .doOnNext(
                payment ->
                    System.out.printf(
                        "  %s  %d %s  %s%n",
                        payment.id(), payment.amount(), payment.currency(), payment.status()))
            .count()
            .block(WAIT);
    if (shown == null || shown == 0) {
      System.out.println("  (none yet)");
    }
  }

  private static Environment environment() {
    String name = System.getenv("GOCARDLESS_ENVIRONMENT");
    if (name == null || name.isBlank()) {
      return Environment.SANDBOX;
    }
    try {
      return Environment.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "GOCARDLESS_ENVIRONMENT must be sandbox or live, was " + name, e);
    }
  }
}

package io.gcflux.samples;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.model.Customer;
import io.gcflux.core.params.CustomerCreateParams;
import io.gcflux.core.params.PaymentListParams;
import io.gcflux.testkit.GoCardlessEmulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Creates a customer, then lists payments and prints the first five.
 *
 * <p>With {@code GOCARDLESS_ACCESS_TOKEN} set it talks to the sandbox (or to {@code
 * GOCARDLESS_ENVIRONMENT=live}, or to {@code GOCARDLESS_BASE_URL}); without it, it starts the
 * embedded emulator and seeds it, so the program runs on a machine with nothing but a JDK.
 */
public final class Quickstart {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private Quickstart() {}

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs against the target {@code env} names, saying which on the first line of {@code out}. */
  static void run(Map<String, String> env, PrintStream out) {
    try (SampleTarget target =
            SampleTarget.open(
                env,
                GoCardlessEmulator.DEFAULT_RATE_LIMIT_PER_MINUTE,
                emulator -> {
                  emulator.seedPayments(12);
                  return "seeded with 12 payments";
                },
                out);
        GoCardlessClient client = target.client().build()) {
      run(client);
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
}

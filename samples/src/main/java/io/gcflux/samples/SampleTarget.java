package io.gcflux.samples;

import io.gcflux.client.Environment;
import io.gcflux.client.GoCardlessClient;
import io.gcflux.testkit.GoCardlessEmulator;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a sample sends its requests, chosen from the environment: {@code GOCARDLESS_BASE_URL} and
 * {@code GOCARDLESS_ACCESS_TOKEN} (a standalone emulator, say); the token alone for the sandbox (or
 * {@code GOCARDLESS_ENVIRONMENT=live}); nothing at all for an embedded emulator, which it starts,
 * prepares and stops. The first line it prints says which.
 */
public final class SampleTarget implements AutoCloseable {
  private final GoCardlessClient.Builder builder;
  private final GoCardlessEmulator emulator;
  private final boolean api;

  private SampleTarget(GoCardlessClient.Builder builder, GoCardlessEmulator emulator, boolean api) {
    this.builder = builder;
    this.emulator = emulator;
    this.api = api;
  }

  /**
   * Chooses the target and prints it on the first line of {@code out}.
   *
   * @param env the environment variables
   * @param rateLimitPerMinute the embedded emulator's rate limit
   * @param prepare seeds the embedded emulator and says what it did, as in "seeded with 12
   *     payments"
   */
  public static SampleTarget open(
      Map<String, String> env,
      int rateLimitPerMinute,
      Function<GoCardlessEmulator, String> prepare,
      PrintStream out) {
    String token = blankToNull(env.get("GOCARDLESS_ACCESS_TOKEN"));
    String baseUrl = blankToNull(env.get("GOCARDLESS_BASE_URL"));
    if (token == null && baseUrl != null) {
      throw new SampleException(
          "GOCARDLESS_BASE_URL is set but GOCARDLESS_ACCESS_TOKEN is not: set both (the"
              + " standalone emulator prints them on its first line)");
    }
    if (token == null) {
      GoCardlessEmulator emulator =
          GoCardlessEmulator.builder().rateLimitPerMinute(rateLimitPerMinute).build().start();
      String prepared = prepare.apply(emulator);
      out.println(
          "No GOCARDLESS_ACCESS_TOKEN set: using the embedded GoCardless emulator at "
              + emulator.baseUrl()
              + " ("
              + prepared
              + ")");
      return new SampleTarget(
          GoCardlessClient.builder()
              .accessToken(emulator.accessToken())
              .baseUrl(emulator.baseUrl()),
          emulator,
          false);
    }
    if (baseUrl != null) {
      out.println("Using the GoCardless API at " + baseUrl + " (GOCARDLESS_BASE_URL)");
      return new SampleTarget(
          GoCardlessClient.builder().accessToken(token).baseUrl(baseUrl), null, false);
    }
    Environment environment = environment(env.get("GOCARDLESS_ENVIRONMENT"));
    out.println(
        "Using the GoCardless "
            + environment.name().toLowerCase(Locale.ROOT)
            + " environment at "
            + environment.baseUrl());
    return new SampleTarget(
        GoCardlessClient.builder().accessToken(token).environment(environment), null, true);
  }

  /** A client builder pointed at the target; add settings, then build. */
  public GoCardlessClient.Builder client() {
    return builder;
  }

  /** The embedded emulator, or {@code null} when the target is a server of its own. */
  public GoCardlessEmulator emulator() {
    return emulator;
  }

  /** Whether the target is GoCardless itself (sandbox or live), not an emulator. */
  public boolean isGoCardless() {
    return api;
  }

  @Override
  public void close() {
    if (emulator != null) {
      emulator.stop();
    }
  }

  private static Environment environment(String name) {
    if (name == null || name.isBlank()) {
      return Environment.SANDBOX;
    }
    try {
      return Environment.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SampleException("GOCARDLESS_ENVIRONMENT must be sandbox or live, was " + name);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

package io.gcflux.testkit;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs the emulator as its own process, for samples, a local app or tests not written in Java:
 * {@code java -jar gcflux-emulator.jar --port 12111 --seed-payments 1000}. The first line it prints
 * is {@code GOCARDLESS_BASE_URL=... GOCARDLESS_ACCESS_TOKEN=...}, ready for {@code export}. It runs
 * until the process is stopped.
 */
public final class StandaloneEmulator {
  static final String USAGE =
      "usage: java -jar gcflux-emulator.jar [--port N] [--seed-payments N] [--seed-mandates N]"
          + " [--rate-limit PER_MINUTE] [--access-token TOKEN]";

  private StandaloneEmulator() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(USAGE);
      return;
    }
    GoCardlessEmulator emulator = start(options, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "gcflux-emulator-stop"));
    // WireMock's server threads are not daemons: the process lives until it is stopped.
  }

  /** Starts and seeds an emulator, then prints where it listens; the first line is for tools. */
  static GoCardlessEmulator start(Options options, PrintStream out) {
    GoCardlessEmulator emulator =
        GoCardlessEmulator.builder()
            .port(options.port)
            .accessToken(options.accessToken)
            .rateLimitPerMinute(options.rateLimitPerMinute)
            .build()
            .start();
    emulator.seedMandates(options.seedMandates);
    if (options.seedPayments > 0) {
      emulator.seedPayments(options.seedPayments);
    }
    out.println(
        "GOCARDLESS_BASE_URL="
            + emulator.baseUrl()
            + " GOCARDLESS_ACCESS_TOKEN="
            + emulator.accessToken());
    out.printf(
        Locale.ROOT,
        "gcflux GoCardless emulator: %d mandates and %d payments seeded, rate limit %d requests"
            + " per minute; stop it with Ctrl-C%n",
        options.seedMandates,
        options.seedPayments,
        options.rateLimitPerMinute);
    out.flush();
    return emulator;
  }

  /** The command line, parsed. */
  static final class Options {
    int port = 12111;
    int seedPayments;
    int seedMandates = 10;
    int rateLimitPerMinute = GoCardlessEmulator.DEFAULT_RATE_LIMIT_PER_MINUTE;
    String accessToken = GoCardlessEmulator.DEFAULT_ACCESS_TOKEN;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          options.help = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        switch (arg) {
          case "--port" -> options.port = number(arg, value, 0);
          case "--seed-payments" -> options.seedPayments = number(arg, value, 0);
          case "--seed-mandates" -> options.seedMandates = number(arg, value, 0);
          case "--rate-limit" -> options.rateLimitPerMinute = number(arg, value, 1);
          case "--access-token" -> options.accessToken = value;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return options;
    }

    private static int number(String option, String value, int min) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= min) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below with the option's name
      }
      throw new IllegalArgumentException(option + " needs a whole number >= " + min + ": " + value);
    }
  }
}

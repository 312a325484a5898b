package io.gcflux.samples;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.core.model.Mandate;
import io.gcflux.samples.batch.BatchCommand;
import io.gcflux.samples.batch.BatchInputs;
import io.gcflux.samples.export.ExportCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The samples' command line: {@code java -jar samples/target/gcflux-samples.jar quickstart | batch
 * | export}. Mistakes in the command line or the environment are one line on stderr and exit status
 * 2, never a stack trace.
 */
public final class Cli {
  static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar gcflux-samples.jar <command> [options]",
          "  quickstart",
          "  batch  [--input FILE] [--outcomes FILE] [--concurrency N] [--namespace NAME]",
          "         [--max-minutes N] [--rows N] [--emulator-rate-limit PER_MINUTE]",
          "  export --out FILE [--format ndjson|csv] [--checkpoint FILE] [--from T] [--to T]",
          "         [--page-size N] [--seed-payments N]",
          "GOCARDLESS_BASE_URL and GOCARDLESS_ACCESS_TOKEN choose the API (the token alone: the",
          "sandbox); with neither, each command starts an embedded emulator.");

  private static final Set<String> BATCH_OPTIONS =
      Set.of(
          "--input",
          "--outcomes",
          "--concurrency",
          "--namespace",
          "--max-minutes",
          "--rows",
          "--emulator-rate-limit");
  private static final Set<String> EXPORT_OPTIONS =
      Set.of(
          "--out", "--format", "--checkpoint", "--from", "--to", "--page-size", "--seed-payments");

  private Cli() {}

  public static void main(String[] args) {
    int status;
    try {
      status = run(args, System.getenv(), System.out, System.err);
    } catch (SampleException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "quickstart" -> {
        Quickstart.run(env, out);
        yield 0;
      }
      case "batch" -> batch(options(rest, BATCH_OPTIONS), env, out, err);
      case "export" -> export(options(rest, EXPORT_OPTIONS), env, out, err);
      default -> throw new SampleException("unknown command " + args[0] + "\n" + USAGE);
    };
  }

  private static int batch(
      Map<String, String> opts, Map<String, String> env, PrintStream out, PrintStream err) {
    Path outcomes = Path.of(opts.getOrDefault("--outcomes", "batch-outcomes.csv"));
    int concurrency = number(opts, "--concurrency", 8);
    int rows = number(opts, "--rows", 10_000);
    int rateLimit = number(opts, "--emulator-rate-limit", 6_000);
    try (SampleTarget target =
            SampleTarget.open(
                env,
                rateLimit,
                emulator -> {
                  emulator.seedMandates(20);
                  return String.format(
                      Locale.ROOT, "20 mandates, rate limit %,d requests per minute", rateLimit);
                },
                out);
        GoCardlessClient client = target.client().maxConnections(concurrency * 2).build()) {
      Path input;
      if (opts.containsKey("--input")) {
        input = Path.of(opts.get("--input"));
        if (!Files.isReadable(input)) {
          throw new SampleException("--input " + input + " is not a readable file");
        }
      } else {
        if (target.isGoCardless()) {
          throw new SampleException(
              "--input is required against GoCardless: rows are generated only for an emulator");
        }
        input = outcomes.resolveSibling("batch-input.csv");
        List<String> mandates =
            client.mandates().all().take(50).map(Mandate::id).collectList().block();
        if (mandates == null || mandates.isEmpty()) {
          throw new SampleException("the API has no mandates to generate rows for");
        }
        write(() -> Files.deleteIfExists(outcomes));
        write(() -> BatchInputs.generate(input, rows, mandates));
        out.printf(
            Locale.ROOT,
            "Generated %s: %,d rows over %d mandates, 4 of them bad on purpose (a fresh %s);"
                + " run again with --input %s to resume it%n",
            input,
            rows,
            mandates.size(),
            outcomes,
            input);
      }
      String namespace =
          opts.getOrDefault("--namespace", "gcflux-samples-batch/" + input.getFileName());
      BatchCommand.BatchOptions options =
          new BatchCommand.BatchOptions(
              input,
              outcomes,
              concurrency,
              namespace,
              Duration.ofMinutes(number(opts, "--max-minutes", 30)),
              Duration.ofSeconds(2));
      return new BatchCommand(client, options, out, err).run();
    }
  }

  private static int export(
      Map<String, String> opts, Map<String, String> env, PrintStream out, PrintStream err) {
    if (!opts.containsKey("--out")) {
      throw new SampleException("export needs --out FILE\n" + USAGE);
    }
    String format = opts.getOrDefault("--format", "ndjson");
    if (!format.equals("ndjson") && !format.equals("csv")) {
      throw new SampleException("--format must be ndjson or csv, was " + format);
    }
    int seeded = number(opts, "--seed-payments", 10_000);
    try (SampleTarget target =
            SampleTarget.open(
                env,
                60_000,
                emulator -> {
                  emulator.seedPayments(seeded);
                  return String.format(Locale.ROOT, "seeded with %,d payments", seeded);
                },
                out);
        GoCardlessClient client = target.client().pagePrefetch(1).build()) {
      ExportCommand.ExportOptions options =
          new ExportCommand.ExportOptions(
              Path.of(opts.get("--out")),
              format.equals("csv"),
              opts.containsKey("--checkpoint") ? Path.of(opts.get("--checkpoint")) : null,
              time(opts, "--from"),
              time(opts, "--to"),
              target.emulator() != null && !opts.containsKey("--from") && !opts.containsKey("--to")
                  ? Long.valueOf(seeded)
                  : null,
              number(opts, "--page-size", 500),
              Duration.ofSeconds(1));
      return new ExportCommand(client, options, out, err).run();
    }
  }

  static Map<String, String> options(String[] args, Set<String> known) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!known.contains(args[i])) {
        throw new SampleException("unknown option " + args[i] + "\n" + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new SampleException(args[i] + " needs a value");
      }
      options.put(args[i], args[++i]);
    }
    return options;
  }

  private static int number(Map<String, String> opts, String name, int fallback) {
    String value = opts.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SampleException(name + " needs a positive whole number, was " + value);
  }

  /** An ISO instant or offset date-time, or a date meaning its midnight UTC. */
  static OffsetDateTime time(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new SampleException(
          name + " needs a date (2026-11-01) or a date-time (2026-11-01T09:00:00Z), was " + value);
    }
  }

  private interface FileWork {
    void run() throws IOException;
  }

  private static void write(FileWork work) {
    try {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.gcflux.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a run against the runs before it: a published figure must reproduce within its stated
 * spread, so each ratio's median here is looked up in the min - max of every earlier run. The
 * spreads are kept in a small tab-separated file beside the report, which each run reads and then
 * widens with its own rounds; delete it to start a new series.
 */
final class RunComparison {
  /** One ratio of one client on one workload: median, min and max over the rounds. */
  record Spread(double median, double min, double max) {
    boolean contains(double value) {
      // The report prints two decimals; a figure equal to a printed bound is inside it.
      return round(value) >= round(min) && round(value) <= round(max);
    }

    private static double round(double value) {
      return Math.round(value * 100) / 100.0;
    }
  }

  private final Map<String, Spread> previous;
  private final Map<String, Spread> current = new LinkedHashMap<>();

  private RunComparison(Map<String, Spread> previous) {
    this.previous = previous;
  }

  /** Reads the earlier runs' spreads, if there are any at {@code file}. */
  static RunComparison since(Path file) throws IOException {
    Map<String, Spread> previous = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length == 4) {
          previous.put(
              fields[0],
              new Spread(
                  Double.parseDouble(fields[1]),
                  Double.parseDouble(fields[2]),
                  Double.parseDouble(fields[3])));
        }
      }
    }
    return new RunComparison(previous);
  }

  void add(String workload, String client, String metric, Spread spread) {
    current.put(workload + " " + client + " " + metric, spread);
  }

  /** Saves this run's medians with the min - max of this and every earlier run. */
  void save(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    current.forEach(
        (key, now) -> {
          Spread before = previous.get(key);
          Spread s =
              before == null
                  ? now
                  : new Spread(
                      now.median(),
                      Math.min(before.min(), now.min()),
                      Math.max(before.max(), now.max()));
          lines.add(
              String.format(
                  Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f", key, s.median(), s.min(), s.max()));
        });
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The Markdown section comparing this run's medians to the earlier runs' spreads. */
  String render() {
    StringBuilder out = new StringBuilder("\n## Against the earlier runs\n\n");
    if (previous.isEmpty()) {
      return out.append(
              "No earlier run to compare with: run the same command again to check that these"
                  + " figures reproduce.\n")
          .toString();
    }
    out.append(
            "| ratio | earlier runs: last median (min - max of all) | this run's median | within |\n")
        .append("|---|---|---|---|\n");
    int compared = 0;
    int within = 0;
    for (Map.Entry<String, Spread> entry : current.entrySet()) {
      Spread before = previous.get(entry.getKey());
      if (before == null) {
        continue;
      }
      compared++;
      boolean inside = before.contains(entry.getValue().median());
      within += inside ? 1 : 0;
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2fx (%.2f - %.2f) | %.2fx | %s |%n",
              entry.getKey(),
              before.median(),
              before.min(),
              before.max(),
              entry.getValue().median(),
              inside ? "yes" : "NO"));
    }
    return out.append(
            String.format(
                Locale.ROOT,
                "%n%d of %d medians fall within the min - max of the earlier runs.%n",
                within,
                compared))
        .toString();
  }
}

package io.gcflux.samples.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a batch input file over the given mandates, with four rows the batch must refuse (a
 * negative amount, an unknown currency, an empty mandate and a mandate nobody created) so a run
 * shows both kinds of outcome.
 */
public final class BatchInputs {
  static final String UNKNOWN_MANDATE = "MD000000000000";

  private BatchInputs() {}

  /** Writes {@code rows} rows over {@code mandates} to {@code file}, replacing it. */
  public static void generate(Path file, int rows, List<String> mandates) throws IOException {
    if (mandates.isEmpty()) {
      throw new IllegalArgumentException("generating an input needs at least one mandate");
    }
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(String.join(",", PaymentRow.HEADER));
      writer.write('\n');
      for (int i = 1; i <= rows; i++) {
        String rowId = String.format("row-%05d", i);
        String mandate = mandates.get(i % mandates.size());
        String amount = Integer.toString(100 + i % 900);
        String currency = "GBP";
        if (i == 10) {
          amount = "-250";
        } else if (i == 20) {
          currency = "XYZ";
        } else if (i == 30) {
          mandate = "";
        } else if (i == 40) {
          mandate = UNKNOWN_MANDATE;
        }
        writer.write(
            CsvLine.format(List.of(rowId, mandate, amount, currency, "BATCH-" + i)) + "\n");
      }
    }
  }
}

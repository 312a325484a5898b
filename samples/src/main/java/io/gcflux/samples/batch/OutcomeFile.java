package io.gcflux.samples.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outcome CSV, {@code row_id,status,payment_id,error_type,error_message}: one line per row with
 * a final answer, appended as each arrives, so a killed run loses at most the line being written,
 * and a re-run skips every row already in the file.
 */
final class OutcomeFile implements AutoCloseable {
  static final List<String> HEADER =
      List.of("row_id", "status", "payment_id", "error_type", "error_message");

  private final FileChannel channel;
  private final Set<String> done;

  private OutcomeFile(FileChannel channel, Set<String> done) {
    this.channel = channel;
    this.done = done;
  }

  /**
   * Opens the file for appending, reading the rows it already settles. A last line without its
   * newline was cut short by a kill: it is dropped, and its row runs again.
   */
  static OutcomeFile open(Path path) throws IOException {
    Set<String> done = ConcurrentHashMap.newKeySet();
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    int complete = text.lastIndexOf('\n') + 1;
    String[] lines = text.substring(0, complete).split("\n");
    boolean hasHeader = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> fields = CsvLine.parse(line);
      if (fields.equals(HEADER)) {
        hasHeader = true;
      } else {
        done.add(fields.get(0));
      }
    }
    channel.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
    channel.position(channel.size());
    OutcomeFile file = new OutcomeFile(channel, done);
    if (!hasHeader) {
      file.append(HEADER);
    }
    return file;
  }

  /** Whether the row already has its outcome from an earlier run. */
  boolean isDone(String rowId) {
    return done.contains(rowId);
  }

  int doneCount() {
    return done.size();
  }

  void created(String rowId, String paymentId) {
    record(rowId, List.of(rowId, "created", paymentId, "", ""));
  }

  void failed(String rowId, String errorType, String message) {
    record(rowId, List.of(rowId, "failed", "", errorType, message));
  }

  private void record(String rowId, List<String> fields) {
    done.add(rowId);
    append(fields);
  }

  private void append(List<String> fields) {
    try {
      ByteBuffer bytes =
          ByteBuffer.wrap((CsvLine.format(fields) + "\n").getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      // Not forced per line: a killed process keeps what it wrote, and a line lost to a power cut
      // only makes the re-run send that row again, where its idempotency key finds the payment.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the outcome file", e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}

package io.gcflux.client.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where an export stands after its last durably written page: the cursor to continue after, how
 * many bytes of the output file are committed, and how many records they hold.
 *
 * @param cursor the {@code after} cursor to resume from, or {@code null} to start at the beginning
 * @param committedBytes the length of the output file that holds only whole, committed pages
 * @param records the records in those bytes
 * @param complete whether the last page has been written
 */
public record ExportCheckpoint(String cursor, long committedBytes, long records, boolean complete) {
  static final ExportCheckpoint START = new ExportCheckpoint(null, 0, 0, false);

  /** Reads a checkpoint file, or empty if there is none. */
  public static Optional<ExportCheckpoint> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Properties properties = new Properties();
      properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      String cursor = properties.getProperty("cursor");
      return Optional.of(
          new ExportCheckpoint(
              cursor == null || cursor.isEmpty() ? null : cursor,
              Long.parseLong(properties.getProperty("committed_bytes", "0")),
              Long.parseLong(properties.getProperty("records", "0")),
              Boolean.parseBoolean(properties.getProperty("complete", "false"))));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the export checkpoint " + file, e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "The export checkpoint "
              + file
              + " is damaged ("
              + e.getMessage()
              + "): delete it and the output file to start the export over",
          e);
    }
  }

  /**
   * Replaces the checkpoint file atomically: the new state is written and forced to disk under a
   * temporary name first, so a crash leaves either the old checkpoint or the new one, never half.
   */
  void write(Path file) throws IOException {
    String text =
        "# gcflux export checkpoint: delete it (and the output) to start over\n"
            + "cursor="
            + (cursor == null ? "" : cursor)
            + "\ncommitted_bytes="
            + committedBytes
            + "\nrecords="
            + records
            + "\ncomplete="
            + complete
            + "\n";
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}

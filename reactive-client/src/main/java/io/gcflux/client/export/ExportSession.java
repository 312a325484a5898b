package io.gcflux.client.export;

import io.gcflux.core.Page;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The open output of one export run: appends pages, makes them durable, and records the checkpoint
 * after each. Every method does file I/O, so callers run it off the event loops.
 */
final class ExportSession<T> implements AutoCloseable {
  private final FileChannel channel;
  private final Path checkpointFile;
  private final ExportFormat<T> format;
  private final Long expectedTotal;
  private final long startedNanos = System.nanoTime();
  private final StringBuilder text = new StringBuilder(64 * 1024);
  private ExportCheckpoint checkpoint;
  private long recordsThisRun;
  private long pages;

  private ExportSession(
      FileChannel channel,
      Path checkpointFile,
      ExportFormat<T> format,
      Long expectedTotal,
      ExportCheckpoint checkpoint) {
    this.channel = channel;
    this.checkpointFile = checkpointFile;
    this.format = format;
    this.expectedTotal = expectedTotal;
    this.checkpoint = checkpoint;
  }

  /**
   * Opens the output where the checkpoint left it: anything past the committed length is a page
   * whose checkpoint never got written, so it is cut off and fetched again.
   */
  static <T> ExportSession<T> open(
      Path output, Path checkpointFile, ExportFormat<T> format, Long expectedTotal)
      throws IOException {
    ExportCheckpoint start =
        checkpointFile == null
            ? ExportCheckpoint.START
            : ExportCheckpoint.read(checkpointFile).orElse(ExportCheckpoint.START);
    FileChannel channel =
        FileChannel.open(output, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (channel.size() < start.committedBytes()) {
        throw new IllegalStateException(
            "The output "
                + output
                + " is shorter ("
                + channel.size()
                + " bytes) than its checkpoint says ("
                + start.committedBytes()
                + "): it was changed outside the export. Delete "
                + checkpointFile
                + " and the output to start over.");
      }
      channel.truncate(start.committedBytes());
      channel.position(start.committedBytes());
      ExportSession<T> session =
          new ExportSession<>(channel, checkpointFile, format, expectedTotal, start);
      if (start.committedBytes() == 0 && !start.complete()) {
        session.writeDurably(format.header());
      }
      return session;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  boolean complete() {
    return checkpoint.complete();
  }

  String cursor() {
    return checkpoint.cursor();
  }

  /** Writes a page, forces it to disk, then records the checkpoint that covers it. */
  ExportProgress commit(Page<T> page) throws IOException {
    text.setLength(0);
    for (T record : page.items()) {
      format.append(record, text);
    }
    writeDurably(text.toString());
    recordsThisRun += page.items().size();
    pages++;
    // A page without an after cursor is the last: resuming from a null cursor would start over.
    String next = page.after();
    save(
        new ExportCheckpoint(
            next == null ? checkpoint.cursor() : next,
            channel.position(),
            checkpoint.records() + page.items().size(),
            next == null));
    return progress();
  }

  /**
   * Marks the export complete once the pages ran out, returning the final progress, or {@code null}
   * when the last page already did.
   */
  ExportProgress finish() throws IOException {
    if (checkpoint.complete()) {
      return null;
    }
    save(
        new ExportCheckpoint(
            checkpoint.cursor(), checkpoint.committedBytes(), checkpoint.records(), true));
    return progress();
  }

  ExportProgress progress() {
    return new ExportProgress(
        checkpoint.records(),
        recordsThisRun,
        pages,
        Duration.ofNanos(System.nanoTime() - startedNanos),
        expectedTotal,
        checkpoint.complete());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void writeDurably(String content) throws IOException {
    if (!content.isEmpty()) {
      ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
    channel.force(true);
  }

  private void save(ExportCheckpoint next) throws IOException {
    if (checkpointFile != null) {
      next.write(checkpointFile);
    }
    checkpoint = next;
  }
}

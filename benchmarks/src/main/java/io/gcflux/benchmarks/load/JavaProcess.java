package io.gcflux.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on this JVM's java and class path, spoken to by lines on its standard input and
 * output; its standard error goes to a log file named in every failure.
 */
final class JavaProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path log;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  static JavaProcess start(
      String name, Path logDir, List<String> jvmOptions, Class<?> main, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new JavaProcess(name, process, log);
  }

  /** The next output line starting with {@code prefix}, skipping any other. */
  String awaitLine(String prefix) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    throw new IllegalStateException(
        name + " exited before printing '" + prefix + "': see " + log.toAbsolutePath());
  }

  void send(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
  }

  /** Closes its standard input, which tells a worker to stop, and waits for it to exit. */
  @Override
  public void close() throws IOException, InterruptedException {
    in.close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Stops a process that does not read its input, such as the server. */
  void destroy() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}

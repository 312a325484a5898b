package io.gcflux.codegen;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Formats generated files with google-java-format, as spotless formats the hand-written code, so
 * generated sources read the same in an IDE, a sources jar and the golden files.
 */
final class SourceFormatter {
  private final Formatter formatter = new Formatter();

  /** The file's source, formatted, imports sorted and long strings wrapped at 100 columns. */
  String format(JavaFile file) {
    String source = file.toString();
    try {
      return formatter.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      throw new IllegalStateException(
          "google-java-format rejected generated "
              + file.packageName()
              + "."
              + file.typeSpec().name()
              + ": fix the generator's output ("
              + e.getMessage()
              + ")",
          e);
    } catch (IllegalAccessError e) {
      throw new IllegalStateException(
          "google-java-format needs javac's internals: run Maven with the --add-exports flags of"
              + " .mvn/jvm.config",
          e);
    }
  }

  /** Writes the formatted file under {@code root}, in its package's directory. */
  void write(JavaFile file, Path root) throws IOException {
    Path directory = root;
    for (String part : file.packageName().split("\\.")) {
      directory = directory.resolve(part);
    }
    Files.createDirectories(directory);
    Files.writeString(
        directory.resolve(file.typeSpec().name() + ".java"), format(file), StandardCharsets.UTF_8);
  }
}

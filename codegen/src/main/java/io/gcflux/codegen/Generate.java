package io.gcflux.codegen;

import com.palantir.javapoet.JavaFile;
import io.gcflux.apimodel.ApiDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generator's entry point: {@code Generate <description.json> <output dir> <part>...} where a
 * part is {@code model}, {@code params}, {@code service} or {@code service-tests}.
 *
 * <p>The build runs it in the {@code generate-sources} phase of each module that holds generated
 * code, so the output always matches the description and is never edited by hand.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: Generate <description.json> <output dir> <model|params|service|service-tests>...");
    }
    ApiDescription api = ApiDescription.read(args[0]);
    Path out = Path.of(args[1]);
    List<JavaFile> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.addAll(part(api, args[i]));
    }
    clean(out);
    SourceFormatter formatter = new SourceFormatter();
    for (JavaFile file : files) {
      formatter.write(file, out);
    }
  }

  static List<JavaFile> part(ApiDescription api, String part) {
    switch (part) {
      case "model":
        return new ModelGenerator().generate(api);
      case "params":
        return new ParamsGenerator().generate(api);
      case "service":
        return new ServiceGenerator().generate(api);
      case "service-tests":
        return new ServiceTestGenerator().generate(api);
      default:
        throw new IllegalArgumentException("unknown part " + part);
    }
  }

  // Stale files from a removed resource must not survive a regeneration.
  private static void clean(Path out) throws IOException {
    if (!Files.exists(out)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

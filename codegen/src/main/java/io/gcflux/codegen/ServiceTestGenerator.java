package io.gcflux.codegen;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;

/** Writes one WireMock test per action; filled in below. */
final class ServiceTestGenerator {
  List<JavaFile> generate(ApiDescription api) {
    return new ArrayList<>();
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.codegen.ApiDescription.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes one immutable type per resource into {@code io.gcflux.core.model}. */
final class ModelGenerator {
  private final ObjectTypeGenerator objects = new ObjectTypeGenerator(false);

  List<JavaFile> generate(ApiDescription api) {
    List<JavaFile> files = new ArrayList<>();
    for (Resource resource : api.resources()) {
      ClassName name = ClassName.get(Types.MODEL_PACKAGE, resource.className());
      TypeSpec type =
          objects.generate(
              new ObjectTypeGenerator.Spec(
                  name,
                  resource.attributes(),
                  "A "
                      + Names.humanSingular(resource.className())
                      + " as the GoCardless API returns it (resource {@code "
                      + resource.name()
                      + "}).\n\n<p>Immutable. Decoding keeps every field the API sent, known or"
                      + " not, so re-encoding gives back the same JSON.\n\n<p>Generated from"
                      + " gcflux's API description: do not edit.\n",
                  List.of(),
                  Set.of()),
              true,
              Set.of());
      files.add(JavaFile.builder(Types.MODEL_PACKAGE, type).skipJavaLangImports(true).build());
    }
    return files;
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

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
    files.add(JavaFile.builder(Types.MODEL_PACKAGE, index(api)).skipJavaLangImports(true).build());
    return files;
  }

  /** {@code ModelTypes.ALL}: every resource type, so decoders can be prepared ahead of use. */
  private static TypeSpec index(ApiDescription api) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", Types.LIST);
    for (int i = 0; i < api.resources().size(); i++) {
      ClassName name = ClassName.get(Types.MODEL_PACKAGE, api.resources().get(i).className());
      list.add(i == 0 ? "$T.class" : ", $T.class", name);
    }
    list.add(")");
    TypeName classType =
        ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    return TypeSpec.classBuilder("ModelTypes")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Types.generated("gocardless-api.json"))
        .addJavadoc("Every resource type of the API description.\n")
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(Types.LIST, classType),
                    "ALL",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(list.build())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one immutable type per resource into {@code io.gcflux.core.model}, and one type per value
 * set that several resources share ({@code Currency}, {@code Scheme}, ...).
 */
final class ModelGenerator {
  /** An enum a resource declares for itself, which params naming that attribute reuse. */
  record DeclaredEnum(ClassName type, List<String> values) {}

  // resource name -> dotted attribute path -> its own enum type
  private final Map<String, Map<String, DeclaredEnum>> declared = new HashMap<>();

  /** After {@link #generate}: the nested enums of each resource, by attribute path. */
  Map<String, Map<String, DeclaredEnum>> declaredEnums() {
    return declared;
  }

  List<JavaFile> generate(ApiDescription api) {
    EnumTypes enums = EnumTypes.of(api);
    List<JavaFile> files = new ArrayList<>();
    for (EnumTypes.SharedEnum shared : enums.all()) {
      files.add(
          JavaFile.builder(Types.MODEL_PACKAGE, EnumGenerator.shared(shared))
              .skipJavaLangImports(true)
              .build());
    }
    for (Resource resource : api.resources()) {
      Map<String, DeclaredEnum> own = new HashMap<>();
      declared.put(resource.name(), own);
      ObjectTypeGenerator objects =
          new ObjectTypeGenerator(
              false,
              new ObjectTypeGenerator.EnumNaming() {
                @Override
                public ClassName existing(String path, String field, List<String> values) {
                  EnumTypes.SharedEnum shared = enums.sharedFor(field, values);
                  return shared == null ? null : shared.type();
                }

                @Override
                public void declared(String path, ClassName type, List<String> values) {
                  own.put(path, new DeclaredEnum(type, values));
                }
              });
      ClassName name = ClassName.get(Types.MODEL_PACKAGE, resource.className());
      TypeSpec type =
          objects.generate(
              new ObjectTypeGenerator.Spec(
                  name,
                  "",
                  resource.attributes(),
                  "A "
                      + Names.humanSingular(resource.className())
                      + " as the GoCardless API returns it (resource {@code "
                      + resource.name()
                      + "}).\n\n<p>Immutable. Decoding keeps every field the API sent, known or"
                      + " not, so re-encoding gives back the same JSON. A getter returns {@code"
                      + " null} for a field the API left out.\n\n<p>Generated from"
                      + " gcflux's API description: do not edit.\n",
                  List.of(),
                  Set.of(),
                  null),
              true,
              Set.of());
      if (resource.actions().stream().anyMatch(a -> a.responseMayBeBare())) {
        // As funds_availabilities.check answers {"available": false}: response_may_be_bare.
        type =
            type.toBuilder()
                .addStaticBlock(
                    CodeBlock.of("$T.registerAnsweredBare($T.class);\n", Types.JSON_BACKED, name))
                .build();
      }
      files.add(JavaFile.builder(Types.MODEL_PACKAGE, type).skipJavaLangImports(true).build());
    }
    files.add(JavaFile.builder(Types.MODEL_PACKAGE, index(api)).skipJavaLangImports(true).build());
    return files;
  }

  /** {@code ModelTypes.ALL}: every resource type, for tools and tests that visit them all. */
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

package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes one params type per action that takes parameters into {@code io.gcflux.core.params}. */
final class ParamsGenerator {
  private static final Schema STRING = new Schema("string", null, null, null, null, null);
  private static final Schema INTEGER = new Schema("integer", null, null, null, null, null);

  /** {@code PaymentCreateParams}: the resource's singular name, the action, then "Params". */
  static ClassName paramsName(Resource resource, Action action) {
    return ClassName.get(
        Types.PARAMS_PACKAGE, resource.className() + Names.upperCamel(action.name()) + "Params");
  }

  /** Whether the action has a params type: it takes parameters, or pages with cursors. */
  static boolean hasParams(Action action) {
    return !action.params().isEmpty() || action.isPaginatedList();
  }

  /** The params of an action, with the cursor params every paginated list accepts. */
  static Map<String, Schema> properties(Action action) {
    Map<String, Schema> properties = new LinkedHashMap<>(action.params());
    if (action.isPaginatedList()) {
      properties.putIfAbsent("after", STRING);
      properties.putIfAbsent("before", STRING);
      properties.putIfAbsent("limit", INTEGER);
    }
    return properties;
  }

  List<JavaFile> generate(ApiDescription api) {
    EnumTypes enums = EnumTypes.of(api);
    ModelGenerator models = new ModelGenerator();
    models.generate(api);
    List<JavaFile> files = new ArrayList<>();
    files.add(
        JavaFile.builder(Types.PARAMS_PACKAGE, listConventions(api.pageSize()))
            .skipJavaLangImports(true)
            .build());
    for (Resource resource : api.resources()) {
      Map<String, ModelGenerator.DeclaredEnum> attributes =
          models.declaredEnums().get(resource.name());
      // A param that names an attribute takes the attribute's type, so values read from a
      // resource can be passed back: status(Payment.Status.PAID_OUT), currency(p.currency()).
      ObjectTypeGenerator objects =
          new ObjectTypeGenerator(
              true,
              (path, field, values) -> {
                EnumTypes.SharedEnum shared = enums.sharedFor(field, values);
                if (shared != null) {
                  return shared.type();
                }
                ModelGenerator.DeclaredEnum attribute = attributes.get(path);
                return attribute != null && attribute.values().containsAll(values)
                    ? attribute.type()
                    : null;
              });
      for (Action action : resource.actions()) {
        if (!hasParams(action)) {
          continue;
        }
        ClassName name = paramsName(resource, action);
        String javadoc =
            "Parameters of {@code "
                + action.method()
                + " "
                + Names.displayPath(action.path())
                + "} ("
                + resource.name()
                + " "
                + action.name()
                + ").\n\n<p>Build with {@link #builder()}; builder methods carry the API's"
                + " parameter names in lower camel case"
                + (action.isPaginatedList()
                    ? ". A {@link io.gcflux.core.CursorParams}: {@code withAfter(cursor)} gives"
                        + " the params of the next page"
                    : "")
                + ".\n\n<p>Generated from gcflux's API description: do not edit.\n";
        TypeSpec type =
            objects.generate(
                new ObjectTypeGenerator.Spec(
                    name,
                    "",
                    properties(action),
                    javadoc,
                    action.validations(),
                    action.isPaginatedList() ? Set.of("after", "before", "limit") : Set.of(),
                    api.pageSize()),
                true,
                Set.of());
        files.add(JavaFile.builder(Types.PARAMS_PACKAGE, type).skipJavaLangImports(true).build());
      }
    }
    return files;
  }

  /** The page-size facts of the description's conventions, for the runtime and the builders. */
  private static TypeSpec listConventions(ApiDescription.PageSize pageSize) {
    return TypeSpec.classBuilder(Types.LIST_CONVENTIONS)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Types.generated("gocardless-api.json"))
        .addJavadoc(
            "How the API pages its lists, from the {@code conventions} of gcflux's API"
                + " description.\n\n<p>Generated from gcflux's API description: do not edit.\n")
        .addField(
            FieldSpec.builder(
                    int.class,
                    "DEFAULT_PAGE_SIZE",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The page size {@code all()} and {@code pages()} ask for.\n")
                .initializer("$L", pageSize.defaultSize())
                .build())
        .addField(
            FieldSpec.builder(
                    int.class, "MAX_PAGE_SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The largest {@code limit} the API accepts.\n")
                .initializer("$L", pageSize.max())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
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

/** Writes one params type per action that takes parameters into {@code io.gcflux.core.params}. */
final class ParamsGenerator {
  private static final Schema STRING = new Schema("string", null, null, null, null, null);
  private static final Schema INTEGER = new Schema("integer", null, null, null, null, null);

  private final ObjectTypeGenerator objects = new ObjectTypeGenerator(true);

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
    List<JavaFile> files = new ArrayList<>();
    for (Resource resource : api.resources()) {
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
                + " parameter names in lower camel case.\n\n<p>Generated from gcflux's API"
                + " description: do not edit.\n";
        TypeSpec type =
            objects.generate(
                new ObjectTypeGenerator.Spec(
                    name,
                    properties(action),
                    javadoc,
                    action.validations(),
                    action.isPaginatedList() ? Set.of("after", "before", "limit") : Set.of()),
                true,
                Set.of());
        files.add(JavaFile.builder(Types.PARAMS_PACKAGE, type).skipJavaLangImports(true).build());
      }
    }
    return files;
  }
}

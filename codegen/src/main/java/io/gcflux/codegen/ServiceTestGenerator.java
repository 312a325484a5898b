package io.gcflux.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.Resource;
import io.gcflux.apimodel.ApiDescription.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes one WireMock-backed test per action: the method and path sent (path parameters
 * percent-encoded), the query or envelope-wrapped body, and that the example response decodes with
 * every field populated and re-encodes to the same JSON.
 */
final class ServiceTestGenerator {
  private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
  private static final ClassName SUPPORT =
      ClassName.get(Types.SERVICE_PACKAGE, "GeneratedServiceTestSupport");
  // Needs encoding on the wire: proves path parameters cannot change the path.
  private static final String IDENTITY = "ID 42/x";
  private static final String ENCODED_IDENTITY = "ID%2042%2Fx";

  List<JavaFile> generate(ApiDescription api) {
    List<JavaFile> files = new ArrayList<>();
    for (Resource resource : api.resources()) {
      files.add(
          JavaFile.builder(Types.SERVICE_PACKAGE, testClass(api, resource))
              .skipJavaLangImports(true)
              .build());
    }
    return files;
  }

  private TypeSpec testClass(ApiDescription api, Resource resource) {
    ClassName service = ServiceGenerator.serviceName(resource);
    // The emulator serves the same example, so the generated tests and the testkit agree.
    ObjectNode example = api.examples().resource(resource);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(service.simpleName() + "GeneratedTest")
            .superclass(SUPPORT)
            .addAnnotation(Types.generated("gocardless-api.json"))
            .addJavadoc("Checks every action of {@code $L} against WireMock.\n", resource.name())
            .addField(
                FieldSpec.builder(
                        String.class, "EXAMPLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(chunked(example.toString()))
                    .build());
    for (Action action : resource.actions()) {
      type.addMethod(testMethod(resource, action));
    }
    return type.build();
  }

  // JSON has no spaces to wrap at, so the example is cut into literals that fit in 100 columns.
  private static CodeBlock chunked(String text) {
    List<CodeBlock> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int escapedLength = 0;
    for (char c : text.toCharArray()) {
      int width = c == '"' || c == '\\' ? 2 : 1;
      if (escapedLength + width > 70) {
        chunks.add(CodeBlock.of("$S", chunk.toString()));
        chunk.setLength(0);
        escapedLength = 0;
      }
      chunk.append(c);
      escapedLength += width;
    }
    chunks.add(CodeBlock.of("$S", chunk.toString()));
    return CodeBlock.join(chunks, "\n+ ");
  }

  private MethodSpec testMethod(Resource resource, Action action) {
    ClassName model = ClassName.get(Types.MODEL_PACKAGE, resource.className());
    String accessor = Names.lowerCamel(resource.name());
    String method = Names.lowerCamel(action.name());
    String path = action.path();
    for (String param : action.pathParams()) {
      path = path.replace(":" + param, ENCODED_IDENTITY);
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < action.pathParams().size(); i++) {
      args.add(i == 0 ? "$S" : ", $S", IDENTITY);
    }
    ParamChoice choice = ParamChoice.pick(action);
    String expectedQuery = null;
    String expectedBody = null;
    MethodSpec.Builder test =
        MethodSpec.methodBuilder(method + "SendsTheDescribedRequestAndDecodesTheExample")
            .addAnnotation(AnnotationSpec.builder(TEST).build())
            .addModifiers(Modifier.PUBLIC);
    if (ParamsGenerator.hasParams(action)) {
      ClassName params = ParamsGenerator.paramsName(resource, action);
      CodeBlock setter = choice == null ? CodeBlock.of("") : choice.setterCall();
      test.addStatement("$T params = $T.builder()$L.build()", params, params, setter);
      args.add(action.pathParams().isEmpty() ? "params" : ", params");
      if (choice != null && action.requestEnvelope() == null) {
        expectedQuery = choice.queryPair();
      }
    }
    if (action.requestEnvelope() != null) {
      ObjectNode inner = JsonNodeFactory.instance.objectNode();
      if (choice != null) {
        inner.set(choice.name, choice.json);
      }
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.set(action.requestEnvelope(), inner);
      expectedBody = body.toString();
    }
    test.addStatement(
        "stub($S, $S, $L, $S, EXAMPLE)",
        action.method(),
        path,
        action.returnsList(),
        action.responseEnvelope());
    test.addStatement(
        "$T.create(client().$L().$L($L))"
            + ".assertNext(result -> assertFullyDecoded(result, $T.class, EXAMPLE, $L))"
            + ".verifyComplete()",
        ClassName.get("reactor.test", "StepVerifier"),
        accessor,
        method,
        args.build(),
        model,
        action.returnsList());
    test.addStatement(
        "verifySent($S, $S, $S, $S, $L)",
        action.method(),
        path,
        expectedQuery,
        expectedBody,
        action.idempotentCreate());
    return test.build();
  }

  /** The one parameter a generated test sets, with the Java call and the JSON it must send. */
  private static final class ParamChoice {
    private final String name;
    private final Schema schema;
    private final JsonNode json;

    private ParamChoice(String name, Schema schema, JsonNode json) {
      this.name = name;
      this.schema = schema;
      this.json = json;
    }

    static ParamChoice pick(Action action) {
      for (Map.Entry<String, Schema> entry : action.params().entrySet()) {
        Schema schema = entry.getValue();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.isEnum()) {
          return new ParamChoice(
              entry.getKey(), schema, nodes.textNode(schema.enumValues().get(0)));
        }
        if (schema.type().equals("string") && schema.format() == null) {
          return new ParamChoice(entry.getKey(), schema, nodes.textNode("value 1"));
        }
        if (schema.type().equals("integer")) {
          return new ParamChoice(entry.getKey(), schema, nodes.numberNode(1500L));
        }
        if (schema.type().equals("boolean")) {
          return new ParamChoice(entry.getKey(), schema, nodes.booleanNode(true));
        }
      }
      if (action.isPaginatedList()) {
        return new ParamChoice(
            "limit",
            new Schema("integer", null, null, null, null, null),
            JsonNodeFactory.instance.numberNode(2));
      }
      return null;
    }

    CodeBlock setterCall() {
      String setter = Names.member(name);
      if (schema.isEnum() || schema.type().equals("string")) {
        return CodeBlock.of(".$L($S)", setter, json.asText());
      }
      if (name.equals("limit") && json.asInt() == 2) {
        return CodeBlock.of(".$L(2)", setter);
      }
      if (schema.type().equals("integer")) {
        return CodeBlock.of(".$L($LL)", setter, json.asLong());
      }
      return CodeBlock.of(".$L(true)", setter);
    }

    String queryPair() {
      return name + "=" + json.asText().replace(" ", "%20");
    }
  }
}

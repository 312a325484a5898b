package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.apimodel.ApiDescription;
import io.gcflux.apimodel.ApiDescription.Action;
import io.gcflux.apimodel.ApiDescription.Resource;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one service per resource into {@code io.gcflux.client.service}, and the accessors that
 * {@code GoCardlessClient} inherits.
 */
final class ServiceGenerator {
  static final ClassName ACCESSORS = ClassName.get(Types.SERVICE_PACKAGE, "GoCardlessServices");

  static ClassName serviceName(Resource resource) {
    return ClassName.get(Types.SERVICE_PACKAGE, Names.upperCamel(resource.name()) + "Service");
  }

  List<JavaFile> generate(ApiDescription api) {
    List<JavaFile> files = new ArrayList<>();
    for (Resource resource : api.resources()) {
      files.add(file(service(resource, api.pageSize())));
    }
    files.add(file(accessors(api)));
    return files;
  }

  private static JavaFile file(TypeSpec type) {
    return JavaFile.builder(Types.SERVICE_PACKAGE, type).skipJavaLangImports(true).build();
  }

  private TypeSpec accessors(ApiDescription api) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(ACCESSORS)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addAnnotation(Types.generated("gocardless-api.json"))
            .addJavadoc(
                "One accessor per GoCardless resource, each returning that resource's service."
                    + "\n\n<p>Generated from gcflux's API description: do not edit.\n");
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addParameter(Types.API_RUNTIME, "runtime");
    for (Resource resource : api.resources()) {
      ClassName service = serviceName(resource);
      String accessor = Names.lowerCamel(resource.name());
      type.addField(service, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$L = new $T(runtime)", accessor, service);
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addModifiers(Modifier.PUBLIC)
              .returns(service)
              .addJavadoc("The {@code $L} resource's actions.\n", resource.name())
              .addStatement("return $L", accessor)
              .build());
    }
    return type.addMethod(constructor.build()).build();
  }

  private TypeSpec service(Resource resource, ApiDescription.PageSize pageSize) {
    ClassName self = serviceName(resource);
    ClassName raw = self.nestedClass("WithResponse");
    ClassName model = ClassName.get(Types.MODEL_PACKAGE, resource.className());
    TypeSpec.Builder service =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Types.generated("gocardless-api.json"))
            .addJavadoc(
                "The actions of the {@code $L} resource. Every method returns a cold publisher:"
                    + " nothing is sent until subscription, and each subscription sends again."
                    + "\n\n<p>Generated from gcflux's API description: do not edit.\n",
                resource.name());
    TypeSpec.Builder rawType =
        TypeSpec.classBuilder(raw)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The same actions, each returning the full {@link $T}: status, headers, request"
                    + " id, rate-limit state and attempts.\n",
                Types.API_RESPONSE)
            .addField(Types.API_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Types.API_RUNTIME, "runtime")
                    .addStatement("this.runtime = runtime")
                    .build());
    service
        .addField(Types.API_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
        .addField(raw, "withResponse", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Made by {@code GoCardlessClient}; tests may pass their own {@link $T}.\n",
                    Types.API_RUNTIME)
                .addParameter(Types.API_RUNTIME, "runtime")
                .addStatement("this.runtime = runtime")
                .addStatement("this.withResponse = new $T(runtime)", raw)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("withResponse")
                .addModifiers(Modifier.PUBLIC)
                .returns(raw)
                .addJavadoc("The same actions, returning the raw response around each result.\n")
                .addStatement("return withResponse")
                .build());

    for (Action action : resource.actions()) {
      ActionShape shape = new ActionShape(resource, action, model, pageSize);
      service.addField(operationConstant(resource, action, shape));
      for (List<ParameterSpec> signature : shape.signatures()) {
        rawType.addMethod(shape.rawMethod(signature));
        service.addMethod(shape.bodyMethod(signature));
        if (action.isPaginatedList()) {
          service.addMethod(shape.streamMethod("all", signature));
          service.addMethod(shape.streamMethod("pages", signature));
        }
      }
    }
    return service.addType(rawType.build()).build();
  }

  private static FieldSpec operationConstant(Resource resource, Action action, ActionShape shape) {
    return FieldSpec.builder(Types.ENDPOINT, shape.constant(), Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "new $T($S, $S, $S, $S, $S, $S, $L, $L)",
            Types.ENDPOINT,
            resource.name(),
            action.name(),
            action.method(),
            action.path(),
            action.requestEnvelope(),
            action.responseEnvelope(),
            action.idempotentCreate(),
            action.retriedOnNetworkFailure())
        .build();
  }

  /** The Java shape of one action: its names, parameters and return types. */
  static final class ActionShape {
    private final Resource resource;
    private final Action action;
    private final ClassName model;
    private final ClassName params;
    private final ApiDescription.PageSize pageSize;

    ActionShape(
        Resource resource, Action action, ClassName model, ApiDescription.PageSize pageSize) {
      this.resource = resource;
      this.action = action;
      this.model = model;
      this.pageSize = pageSize;
      this.params =
          ParamsGenerator.hasParams(action) ? ParamsGenerator.paramsName(resource, action) : null;
    }

    String constant() {
      return Names.constant(action.name());
    }

    String methodName() {
      return Names.lowerCamel(action.name());
    }

    /** Path parameters first, then params, then options; shorter overloads where allowed. */
    List<List<ParameterSpec>> signatures() {
      List<ParameterSpec> path = new ArrayList<>();
      for (String name : action.pathParams()) {
        path.add(ParameterSpec.builder(String.class, Names.lowerCamel(name)).build());
      }
      ParameterSpec options = ParameterSpec.builder(Types.REQUEST_OPTIONS, "options").build();
      List<List<ParameterSpec>> signatures = new ArrayList<>();
      if (params == null) {
        signatures.add(path);
        signatures.add(with(path, options));
        return signatures;
      }
      ParameterSpec paramsSpec = ParameterSpec.builder(params, "params").build();
      List<ParameterSpec> withParams = with(path, paramsSpec);
      if (paramsOptional()) {
        signatures.add(path);
      }
      signatures.add(withParams);
      signatures.add(with(withParams, options));
      return signatures;
    }

    private boolean paramsOptional() {
      return !action.name().startsWith("create") && !action.name().equals("update");
    }

    private static List<ParameterSpec> with(List<ParameterSpec> base, ParameterSpec extra) {
      List<ParameterSpec> all = new ArrayList<>(base);
      all.add(extra);
      return all;
    }

    private TypeName resultType() {
      return action.returnsList() ? ParameterizedTypeName.get(Types.PAGE, model) : model;
    }

    private CodeBlock arguments(List<ParameterSpec> signature, boolean forRaw) {
      CodeBlock.Builder args = CodeBlock.builder();
      if (forRaw) {
        // Arrays.asList, unlike List.of, lets a null id through to the runtime's clear message.
        args.add("$L, $T.asList(", constant(), ClassName.get("java.util", "Arrays"));
        for (int i = 0; i < action.pathParams().size(); i++) {
          args.add(i == 0 ? "$N" : ", $N", signature.get(i));
        }
        args.add("), ");
        args.add(has(signature, "params") ? "params" : "null");
        if (has(signature, "options")) {
          args.add(", options");
        } else {
          args.add(", $T.none()", Types.REQUEST_OPTIONS);
        }
        args.add(", $T.class", model);
        return args.build();
      }
      for (int i = 0; i < signature.size(); i++) {
        args.add(i == 0 ? "$N" : ", $N", signature.get(i));
      }
      return args.build();
    }

    private static boolean has(List<ParameterSpec> signature, String name) {
      return signature.stream().anyMatch(p -> p.name().equals(name));
    }

    MethodSpec rawMethod(List<ParameterSpec> signature) {
      TypeName returns =
          ParameterizedTypeName.get(
              Types.MONO, ParameterizedTypeName.get(Types.API_RESPONSE, resultType()));
      return MethodSpec.methodBuilder(methodName())
          .addModifiers(Modifier.PUBLIC)
          .addParameters(signature)
          .returns(returns)
          .addJavadoc(javadoc(signature, "the raw response around the result"))
          .addStatement(
              "return runtime.execute($T.$L($L))",
              Types.TYPED_CALL,
              action.returnsList() ? "page" : "resource",
              arguments(signature, true))
          .build();
    }

    MethodSpec bodyMethod(List<ParameterSpec> signature) {
      return MethodSpec.methodBuilder(methodName())
          .addModifiers(Modifier.PUBLIC)
          .addParameters(signature)
          .returns(ParameterizedTypeName.get(Types.MONO, resultType()))
          .addJavadoc(javadoc(signature, action.returnsList() ? "one page" : "the result"))
          .addStatement(
              "return withResponse.$L($L).map($T::body)",
              methodName(),
              arguments(signature, false),
              Types.API_RESPONSE)
          .build();
    }

    MethodSpec streamMethod(String kind, List<ParameterSpec> signature) {
      boolean items = kind.equals("all");
      TypeName element = items ? model : ParameterizedTypeName.get(Types.PAGE, model);
      String summary =
          items
              ? "Streams every " + Names.humanSingular(resource.className()) + " across all pages"
              : "Streams the pages themselves, each with the cursor to resume after it";
      return MethodSpec.methodBuilder(kind)
          .addModifiers(Modifier.PUBLIC)
          .addParameters(signature)
          .returns(ParameterizedTypeName.get(Types.FLUX, element))
          .addJavadoc(
              "$L: {@code $L $L}, following the cursors.\n\n<p>A page is fetched only when"
                  + " downstream demand reaches it; {@code limit} defaults to $L, and {@code"
                  + " after} resumes from a cursor. Each page is a {@code GET}, retried on its"
                  + " own (connection failures, timeouts, 5xx, 429) without restarting the"
                  + " stream.\n",
              summary,
              action.method(),
              Names.displayPath(action.path()),
              pageSize.defaultSize())
          .addStatement(
              "return runtime.$L($T.page($L))",
              items ? "items" : "pages",
              Types.TYPED_CALL,
              arguments(signature, true))
          .build();
    }

    private CodeBlock javadoc(List<ParameterSpec> signature, String returns) {
      CodeBlock.Builder doc = CodeBlock.builder();
      doc.add(
          "$L: {@code $L $L}.\n\n<p>$L\n",
          summary(),
          action.method(),
          Names.displayPath(action.path()),
          retryNote());
      if (action.isPaginatedList()) {
        doc.add(
            "\n<p>Auto-paginated: this returns one page; {@code all(...)} streams every item and"
                + " {@code pages(...)} every page, following the cursors on demand.\n");
      } else if (action.returnsList()) {
        doc.add(
            "\n<p>Not paginated with cursors: the API answers the whole list at once, so there"
                + " is no {@code all(...)}.\n");
      }
      for (ParameterSpec p : signature) {
        if (p.name().equals("params")) {
          doc.add("\n@param params the action's parameters");
        } else if (p.name().equals("options")) {
          doc.add(
              "\n@param options per-request options: idempotency key, headers, retries, timeout");
        } else {
          doc.add(
              "\n@param $N the {@code :$L} path parameter, percent-encoded when sent", p, p.name());
        }
      }
      doc.add("\n@return $L\n", returns);
      return doc.build();
    }

    private String summary() {
      String noun = Names.humanSingular(resource.className());
      switch (action.name()) {
        case "create":
          return "Creates a " + noun;
        case "get":
          return "Fetches one " + noun + " by id";
        case "list":
          return "Lists " + resource.name().replace('_', ' ') + ", one page per call";
        case "update":
          return "Updates a " + noun;
        default:
          return "Performs the {@code " + action.name() + "} action on " + noun + "s";
      }
    }

    private String retryNote() {
      if (action.idempotentCreate()) {
        return "Idempotent: sends one {@code Idempotency-Key} per call and reuses it on every"
            + " retry (connection failures, timeouts, 5xx, 429), so a retry never creates twice.";
      }
      if (action.retriedOnNetworkFailure()) {
        String why;
        switch (action.method()) {
          case "GET":
            why = "it only reads, so a repeat changes nothing";
            break;
          case "PUT":
            why = "an update sets the same values again, so a repeat changes nothing more";
            break;
          default:
            why = "the API description marks it safe to repeat";
        }
        return "Retried on connection failures, timeouts, 5xx and 429: " + why + ".";
      }
      return "Not idempotent: retried only when the request provably never reached the server"
          + " (the connection could not be made), because a repeat could act twice.";
    }
  }
}

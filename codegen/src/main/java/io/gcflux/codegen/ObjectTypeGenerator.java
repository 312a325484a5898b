package io.gcflux.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.apimodel.ApiDescription.Schema;
import io.gcflux.apimodel.ApiDescription.Validation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one JSON-backed type: a getter per property, a nested type per nested object or enum, and,
 * for params, a builder with a setter per property.
 */
final class ObjectTypeGenerator {
  private static final String BUILDER = "Builder";

  private final boolean withBuilder;

  ObjectTypeGenerator(boolean withBuilder) {
    this.withBuilder = withBuilder;
  }

  /** What a type is for: its Javadoc and, for top-level params, the checks of {@code build()}. */
  record Spec(
      ClassName self,
      Map<String, Schema> properties,
      String javadoc,
      List<Validation> validations,
      Set<String> listCursorParams) {}

  TypeSpec generate(Spec spec, boolean topLevel, Set<String> enclosingNames) {
    ClassName self = spec.self();
    Set<String> reserved = new HashSet<>(enclosingNames);
    reserved.add(self.simpleName());
    reserved.add(BUILDER);
    Map<String, ClassName> nestedNames = new LinkedHashMap<>();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Types.JSON_BACKED)
            .addJavadoc(spec.javadoc());
    if (topLevel) {
      type.addAnnotation(Types.generated("gocardless-api.json"));
    } else {
      type.addModifiers(Modifier.STATIC);
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", Types.JSON_CREATOR)
                    .build())
            .addParameter(Types.OBJECT_NODE, "node")
            .addStatement("super(node)")
            .build());

    TypeSpec.Builder builder = withBuilder ? builderType(self) : null;
    for (Map.Entry<String, Schema> property : spec.properties().entrySet()) {
      String json = property.getKey();
      Schema schema = property.getValue();
      FieldTyping typing =
          new FieldTyping(self, json, schema, reserved, nestedNames, type, enclosingNames, this);
      TypeName javaType = typing.javaType();
      type.addMethod(
          MethodSpec.methodBuilder(Names.member(json))
              .addModifiers(Modifier.PUBLIC)
              .returns(javaType)
              .addJavadoc(getterDoc(json, schema))
              .addStatement("return $L", typing.getterExpression())
              .build());
      if (builder != null) {
        addSetters(builder, self, json, schema, javaType, spec.listCursorParams());
      }
    }
    if (builder != null) {
      type.addMethod(
          MethodSpec.methodBuilder("builder")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(self.nestedClass(BUILDER))
              .addJavadoc("Starts building {@code $L}.\n", self.simpleName())
              .addStatement("return new $T($T.newObject())", self.nestedClass(BUILDER), Types.JSON)
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("toBuilder")
              .addModifiers(Modifier.PUBLIC)
              .returns(self.nestedClass(BUILDER))
              .addJavadoc("Returns a builder holding a copy of these values.\n")
              .addStatement("return new $T(copyNode())", self.nestedClass(BUILDER))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("toString")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addJavadoc(
                  "Names the params that are set, never their values, which may be personal"
                      + " data.\n")
              .addStatement("return $T.describe(this)", Types.PARAMS)
              .build());
      builder.addMethod(buildMethod(self, spec.validations()));
      type.addType(builder.build());
    }
    return type.build();
  }

  private static TypeSpec.Builder builderType(ClassName self) {
    ClassName builder = self.nestedClass(BUILDER);
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}. Not thread-safe; {@code build()} takes a copy.\n", self)
        .addField(
            FieldSpec.builder(Types.OBJECT_NODE, "node", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Types.OBJECT_NODE, "node")
                .addStatement("this.node = node")
                .build());
  }

  private static MethodSpec buildMethod(ClassName self, List<Validation> validations) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("Returns the immutable params.\n");
    if (validations.isEmpty()) {
      return build.addStatement("return new $T($T.freeze(node))", self, Types.PARAMS).build();
    }
    build.addJavadoc(
        "\n@throws IllegalArgumentException when a rule the API enforces is broken, before any"
            + " request is sent\n");
    build.addStatement("$T built = new $T($T.freeze(node))", self, self, Types.PARAMS);
    for (Validation validation : validations) {
      if (!validation.rule().equals("required_when_equals")) {
        throw new IllegalArgumentException("Unknown validation rule " + validation.rule());
      }
      build.addStatement(
          "$T.requireWhenEquals(built, $S, $S, $S)",
          Types.VALIDATIONS,
          validation.field(),
          validation.whenField(),
          validation.whenValue());
    }
    return build.addStatement("return built").build();
  }

  private static void addSetters(
      TypeSpec.Builder builder,
      ClassName self,
      String json,
      Schema schema,
      TypeName javaType,
      Set<String> listCursorParams) {
    ClassName builderName = self.nestedClass(BUILDER);
    String name = Names.member(json);
    if (json.equals("limit") && listCursorParams.contains(json)) {
      builder.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addJavadoc(
                  "Sets the page size, from 1 to 500.\n\n"
                      + "@throws IllegalArgumentException when the size is outside 1..500\n")
              .addParameter(int.class, name)
              .beginControlFlow("if ($L < 1 || $L > 500)", name, name)
              .addStatement(
                  "throw new IllegalArgumentException($S + $L)",
                  "limit must be between 1 and 500 (the API's maximum page size), was ",
                  name)
              .endControlFlow()
              .addStatement("$T.put(node, $S, (long) $L)", Types.PARAMS, json, name)
              .addStatement("return this")
              .build());
      return;
    }
    TypeName parameterType = setterType(schema, javaType);
    builder.addMethod(
        setter(builderName, name, json, parameterType)
            .addJavadoc("Sets {@code $L}; {@code null} removes it.\n", json)
            .build());
    if (schema.isEnum()) {
      builder.addMethod(
          setter(builderName, name, json, Types.STRING)
              .addJavadoc(
                  "Sets {@code $L} from its API value, including values newer than this client.\n",
                  json)
              .build());
    }
    if (schema.type().equals("map")) {
      TypeName valueType = ((ParameterizedTypeName) javaType).typeArguments().get(1);
      String putName = "put" + Names.upperCamel(Names.singular(json));
      builder.addMethod(
          MethodSpec.methodBuilder(putName)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addJavadoc("Adds one entry to {@code $L}.\n", json)
              .addParameter(String.class, "key")
              .addParameter(valueType, "value")
              .addStatement("$T.putEntry(node, $S, key, value)", Types.PARAMS, json)
              .addStatement("return this")
              .build());
    }
  }

  private static MethodSpec.Builder setter(
      ClassName builder, String name, String json, TypeName parameterType) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(parameterType, name)
        .addStatement("$T.put(node, $S, $L)", Types.PARAMS, json, name)
        .addStatement("return this");
  }

  private static TypeName setterType(Schema schema, TypeName javaType) {
    switch (schema.type()) {
      case "integer":
        return TypeName.LONG;
      case "boolean":
        return TypeName.BOOLEAN;
      case "number":
        return TypeName.DOUBLE;
      default:
        return javaType;
    }
  }

  private static String getterDoc(String json, Schema schema) {
    String base = "Returns {@code " + json + "}";
    String detail = "";
    if (schema.type().equals("integer") && json.contains("amount")) {
      detail = ", in minor units of the currency (pence, cents)";
    } else if ("decimal".equals(schema.format())) {
      detail = ", as the exact decimal text the API sent";
    } else if (schema.isEnum()) {
      detail = "; values added to the API later decode too, with {@code isKnown() == false}";
    }
    return base + detail + "; {@code null} when absent.\n";
  }

  /** How one property maps to Java: its type, its getter and any nested type it needs. */
  static final class FieldTyping {
    private final ClassName owner;
    private final String json;
    private final Schema schema;
    private final Set<String> reserved;
    private final Map<String, ClassName> nestedNames;
    private final TypeSpec.Builder ownerType;
    private final Set<String> enclosingNames;
    private final ObjectTypeGenerator generator;

    FieldTyping(
        ClassName owner,
        String json,
        Schema schema,
        Set<String> reserved,
        Map<String, ClassName> nestedNames,
        TypeSpec.Builder ownerType,
        Set<String> enclosingNames,
        ObjectTypeGenerator generator) {
      this.owner = owner;
      this.json = json;
      this.schema = schema;
      this.reserved = reserved;
      this.nestedNames = nestedNames;
      this.ownerType = ownerType;
      this.enclosingNames = enclosingNames;
      this.generator = generator;
    }

    TypeName javaType() {
      return typeOf(schema, Names.upperCamel(json), false);
    }

    CodeBlock getterExpression() {
      return topLevelRead(schema, Names.upperCamel(json));
    }

    private CodeBlock topLevelRead(Schema s, String baseName) {
      switch (kind(s)) {
        case "string":
          return CodeBlock.of("string($S)", json);
        case "date":
          return CodeBlock.of("date($S)", json);
        case "timestamp":
          return CodeBlock.of("timestamp($S)", json);
        case "integer":
          return CodeBlock.of("int64($S)", json);
        case "boolean":
          return CodeBlock.of("bool($S)", json);
        case "number":
          return CodeBlock.of("float64($S)", json);
        case "any":
          return CodeBlock.of("any($S)", json);
        case "enum":
          return CodeBlock.of("enumValue($S, $T::of)", json, nested(baseName));
        case "object":
          return CodeBlock.of("object($S, $T::new)", json, nested(baseName));
        case "array":
          return CodeBlock.of(
              "list($S, $L)",
              json,
              elementReader(s.items(), Names.upperCamel(Names.singular(json))));
        case "map":
          return CodeBlock.of(
              "map($S, $L)",
              json,
              elementReader(s.values(), Names.upperCamel(Names.singular(json))));
        default:
          throw new IllegalStateException(s.type());
      }
    }

    private CodeBlock elementReader(Schema s, String baseName) {
      switch (kind(s)) {
        case "string":
          return CodeBlock.of("$T::string", Types.VALUES);
        case "date":
          return CodeBlock.of("$T::date", Types.VALUES);
        case "timestamp":
          return CodeBlock.of("$T::timestamp", Types.VALUES);
        case "integer":
          return CodeBlock.of("$T::int64", Types.VALUES);
        case "boolean":
          return CodeBlock.of("$T::bool", Types.VALUES);
        case "number":
          return CodeBlock.of("$T::float64", Types.VALUES);
        case "any":
          return CodeBlock.of("$T::plain", Types.VALUES);
        case "enum":
          return CodeBlock.of("n -> $T.enumOf(n, $T::of)", Types.VALUES, nested(baseName));
        case "object":
          return CodeBlock.of("n -> $T.object(n, $T::new)", Types.VALUES, nested(baseName));
        case "array":
          return CodeBlock.of(
              "n -> $T.list(n, $L)", Types.VALUES, elementReader(s.items(), baseName + "Item"));
        case "map":
          return CodeBlock.of(
              "n -> $T.map(n, $L)", Types.VALUES, elementReader(s.values(), baseName + "Value"));
        default:
          throw new IllegalStateException(s.type());
      }
    }

    private TypeName typeOf(Schema s, String baseName, boolean element) {
      switch (kind(s)) {
        case "string":
          return Types.STRING;
        case "date":
          return Types.LOCAL_DATE;
        case "timestamp":
          return Types.OFFSET_DATE_TIME;
        case "integer":
          return Types.LONG;
        case "boolean":
          return Types.BOOLEAN;
        case "number":
          return Types.DOUBLE;
        case "any":
          return Types.OBJECT;
        case "enum":
          return declareEnum(baseName, s);
        case "object":
          return declareObject(baseName, s);
        case "array":
          return ParameterizedTypeName.get(
              Types.LIST, typeOf(s.items(), Names.upperCamel(Names.singular(json)), true));
        case "map":
          return ParameterizedTypeName.get(
              Types.MAP,
              Types.STRING,
              typeOf(s.values(), Names.upperCamel(Names.singular(json)), true));
        default:
          throw new IllegalStateException(s.type());
      }
    }

    private ClassName nested(String baseName) {
      ClassName name = nestedNames.get(json + "#" + baseName);
      if (name == null) {
        throw new IllegalStateException("nested type not declared: " + baseName);
      }
      return name;
    }

    private ClassName declareEnum(String baseName, Schema s) {
      ClassName name = reserve(baseName);
      ownerType.addType(EnumGenerator.generate(name, s.enumValues(), json));
      return name;
    }

    private ClassName declareObject(String baseName, Schema s) {
      ClassName name = reserve(baseName);
      Set<String> enclosing = new HashSet<>(enclosingNames);
      enclosing.add(owner.simpleName());
      ownerType.addType(
          generator.generate(
              new Spec(
                  name,
                  s.properties(),
                  "The {@code " + json + "} object of {@link " + owner.simpleName() + "}.\n",
                  List.of(),
                  Set.of()),
              false,
              enclosing));
      return name;
    }

    private ClassName reserve(String baseName) {
      String candidate = baseName;
      while (reserved.contains(candidate)) {
        candidate = candidate + "Value";
      }
      reserved.add(candidate);
      ClassName name = owner.nestedClass(candidate);
      nestedNames.put(json + "#" + baseName, name);
      return name;
    }

    private static String kind(Schema s) {
      if (s.isEnum()) {
        return "enum";
      }
      if (s.type().equals("string")) {
        if ("date".equals(s.format())) {
          return "date";
        }
        return "date-time".equals(s.format()) ? "timestamp" : "string";
      }
      if (s.type().equals("object")) {
        return s.isObjectWithProperties() ? "object" : "any";
      }
      return s.type();
    }
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.gcflux.apimodel.ApiDescription;
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
  private static final Map<String, String> CURSOR_DOCS =
      Map.of(
          "after",
          "{@code after}: the cursor the page starts after, from a page's {@code after()}.\n",
          "before",
          "{@code before}: the cursor the page ends before, from a page's {@code before()}.\n",
          "limit",
          "{@code limit}: the page size asked for.\n");

  private final boolean withBuilder;
  private final EnumNaming enumNaming;

  ObjectTypeGenerator(boolean withBuilder, EnumNaming enumNaming) {
    this.withBuilder = withBuilder;
    this.enumNaming = enumNaming;
  }

  /** Decides which enums use a type declared elsewhere, and hears of those declared nested. */
  interface EnumNaming {
    /**
     * The type an enum at {@code path} (dotted JSON names from the top-level type) uses, or {@code
     * null} to declare its own nested type. {@code field} is the JSON name, singular for lists.
     */
    ClassName existing(String path, String field, List<String> values);

    /** Called for each enum that got its own nested type. */
    default void declared(String path, ClassName type, List<String> values) {}
  }

  /**
   * What a type is for: its Javadoc, the dotted path of JSON names that leads to it ({@code ""} at
   * the top), and, for top-level params, the checks of {@code build()} and the list cursors.
   */
  record Spec(
      ClassName self,
      String path,
      Map<String, Schema> properties,
      String javadoc,
      List<Validation> validations,
      Set<String> listCursorParams,
      ApiDescription.PageSize pageSize) {}

  TypeSpec generate(Spec spec, boolean topLevel, Set<String> enclosingNames) {
    ClassName self = spec.self();
    Set<String> reserved = new HashSet<>(enclosingNames);
    reserved.add(self.simpleName());
    reserved.add(BUILDER);
    Map<String, ClassName> nestedNames = new LinkedHashMap<>();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(spec.javadoc());
    if (topLevel) {
      type.addAnnotation(Types.generated("gocardless-api.json"));
    } else {
      type.addModifiers(Modifier.STATIC);
    }
    boolean cursors = !spec.listCursorParams().isEmpty();
    if (cursors) {
      type.addSuperinterface(ParameterizedTypeName.get(Types.CURSOR_PARAMS, self));
    }
    // Held, not inherited: no public type may extend an internal one.
    type.addField(
        FieldSpec.builder(Types.JSON_BACKED, "json", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addStaticBlock(
        CodeBlock.builder()
            .addStatement(
                "$T.register($T.class, value -> value.json, $T::new)",
                Types.JSON_BACKED,
                self,
                self)
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Types.JSON_BACKED, "json")
            .addStatement("this.json = json")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", Types.JSON_CREATOR)
                    .build())
            .addParameter(Types.OBJECT_NODE, "node")
            .addStatement("this(new $T(node))", Types.JSON_BACKED)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("jsonValue")
            .addModifiers(Modifier.PRIVATE)
            .addAnnotation(Types.JSON_VALUE)
            .returns(Types.OBJECT_NODE)
            .addStatement("return json.node()")
            .build());

    TypeSpec.Builder builder = withBuilder ? builderType(self) : null;
    for (Map.Entry<String, Schema> property : spec.properties().entrySet()) {
      String json = property.getKey();
      Schema schema = property.getValue();
      FieldTyping typing =
          new FieldTyping(
              self, spec.path(), json, schema, reserved, nestedNames, type, enclosingNames, this);
      TypeName javaType = typing.javaType();
      MethodSpec.Builder getter =
          MethodSpec.methodBuilder(Names.member(json))
              .addModifiers(Modifier.PUBLIC)
              .returns(javaType)
              .addJavadoc(
                  spec.listCursorParams().contains(json)
                      ? CURSOR_DOCS.get(json)
                      : Facts.getter(spec.path() + json, json, schema))
              .addStatement("return $L", typing.getterExpression());
      if (spec.listCursorParams().contains(json)) {
        getter.addAnnotation(Override.class);
      }
      type.addMethod(getter.build());
      if (builder != null) {
        addSetters(builder, self, json, schema, javaType, spec);
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
              .addStatement("return new $T(json.copyNode())", self.nestedClass(BUILDER))
              .build());
      if (cursors) {
        type.addMethod(withCursor(self, "after", "before"));
        type.addMethod(withCursor(self, "before", "after"));
      }
    }
    addValueMethods(type, self);
    if (builder != null) {
      type.addMethod(
          MethodSpec.methodBuilder("toString")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addJavadoc(
                  "Names the params that are set, never their values, which may be personal"
                      + " data.\n")
              .addStatement("return $T.describe(json, $S)", Types.PARAMS, self.simpleName())
              .build());
      builder.addMethod(buildMethod(self, spec.validations()));
      type.addType(builder.build());
    } else {
      type.addMethod(
          MethodSpec.methodBuilder("toString")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addJavadoc(
                  "Describes this value for logs; {@link #toJson()} gives the exact JSON.\n")
              .addStatement("return json.describe($S)", self.simpleName())
              .build());
    }
    return type.build();
  }

  /** {@code toJson()}, {@code equals} and {@code hashCode}, all delegated to the JSON. */
  private static void addValueMethods(TypeSpec.Builder type, ClassName self) {
    type.addMethod(
        MethodSpec.methodBuilder("toJson")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Returns the JSON object this value stands for, exactly as the API reads or wrote"
                    + " it.\n")
            .addStatement("return json.toJson()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .addJavadoc(
                "Equal when the other is a {@code $L} with the same JSON.\n", self.simpleName())
            .addStatement(
                "return other instanceof $T && json.equals((($T) other).json)", self, self)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return json.hashCode()")
            .build());
  }

  private static MethodSpec withCursor(ClassName self, String cursor, String other) {
    return MethodSpec.methodBuilder("with" + Names.upperCamel(cursor))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(String.class, cursor)
        .addStatement("return toBuilder().$L(null).$L($L).build()", other, cursor, cursor)
        .build();
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
          "$T.requireWhenEquals(built.json, $S, $S, $S)",
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
      Spec spec) {
    ClassName builderName = self.nestedClass(BUILDER);
    String name = Names.member(json);
    if (json.equals("limit") && spec.listCursorParams().contains(json)) {
      builder.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addJavadoc(
                  "Sets the page size, {@code limit}: 1 to $L. Unset, {@code all()} and {@code"
                      + " pages()} ask for $L and one page call lets the API choose.\n\n"
                      + "@throws IllegalArgumentException when the size is outside 1..$L\n",
                  spec.pageSize().max(),
                  spec.pageSize().defaultSize(),
                  spec.pageSize().max())
              .addParameter(int.class, name)
              .beginControlFlow(
                  "if ($L < 1 || $L > $T.MAX_PAGE_SIZE)", name, name, Types.LIST_CONVENTIONS)
              .addStatement(
                  "throw new IllegalArgumentException($S + $T.MAX_PAGE_SIZE + $S + $L)",
                  "limit must be between 1 and ",
                  Types.LIST_CONVENTIONS,
                  " (the API's maximum page size), was ",
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
            .addJavadoc(
                spec.listCursorParams().contains(json)
                    ? "Sets {@code "
                        + json
                        + "}, a cursor from a page's {@code "
                        + json
                        + "()}; {@code null} removes it.\n"
                    : Facts.setter(spec.path() + json, json, schema, parameterType))
            .build());
    if (schema.isEnum()) {
      builder.addMethod(
          setter(builderName, name, json, Types.STRING)
              .addJavadoc(
                  "Sets {@code $L} from its API value, including values newer than this client;"
                      + " {@code null} removes it.\n",
                  json)
              .build());
    }
    if (Facts.kind(schema).equals("timestamp")) {
      builder.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(Types.INSTANT, name)
              .addJavadoc(
                  "Sets {@code $L} from an instant, sent as a UTC timestamp; {@code null} removes"
                      + " it.\n",
                  json)
              .addStatement(
                  "return $L($L == null ? null : $L.atOffset($T.UTC))",
                  name,
                  name,
                  name,
                  Types.ZONE_OFFSET)
              .build());
    }
    if (Facts.kind(schema).equals("object") && javaType instanceof ClassName) {
      ClassName nested = (ClassName) javaType;
      ClassName nestedBuilder = nested.nestedClass(BUILDER);
      builder.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(ParameterizedTypeName.get(Types.CONSUMER, nestedBuilder), name)
              .addJavadoc(
                  "Sets {@code $L} by filling in a fresh builder, as in {@code $L(b -> b...)};"
                      + " replaces any {@code $L} set before.\n",
                  json,
                  name,
                  json)
              .addStatement("$T builder = $T.builder()", nestedBuilder, nested)
              .addStatement("$L.accept(builder)", name)
              .addStatement("return $L(builder.build())", name)
              .build());
    }
    if (schema.type().equals("map")) {
      TypeName valueType = ((ParameterizedTypeName) javaType).typeArguments().get(1);
      String putName = "put" + Names.upperCamel(Names.singular(json));
      builder.addMethod(
          MethodSpec.methodBuilder(putName)
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addJavadoc("Adds one entry to {@code $L}, keeping the others.\n", json)
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
    switch (Facts.kind(schema)) {
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

  /** How one property maps to Java: its type, its getter and any nested type it needs. */
  static final class FieldTyping {
    private final ClassName owner;
    private final String path;
    private final String json;
    private final Schema schema;
    private final Set<String> reserved;
    private final Map<String, ClassName> nestedNames;
    private final TypeSpec.Builder ownerType;
    private final Set<String> enclosingNames;
    private final ObjectTypeGenerator generator;

    FieldTyping(
        ClassName owner,
        String pathPrefix,
        String json,
        Schema schema,
        Set<String> reserved,
        Map<String, ClassName> nestedNames,
        TypeSpec.Builder ownerType,
        Set<String> enclosingNames,
        ObjectTypeGenerator generator) {
      this.owner = owner;
      this.path = pathPrefix + json;
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
          return CodeBlock.of("json.string($S)", json);
        case "date":
          return CodeBlock.of("json.date($S)", json);
        case "timestamp":
          return CodeBlock.of("json.timestamp($S)", json);
        case "integer":
          return CodeBlock.of("json.int64($S)", json);
        case "boolean":
          return CodeBlock.of("json.bool($S)", json);
        case "number":
          return CodeBlock.of("json.float64($S)", json);
        case "any":
          return CodeBlock.of("json.any($S)", json);
        case "enum":
          return CodeBlock.of("json.enumValue($S, $T::of)", json, nested(baseName));
        case "object":
          return CodeBlock.of("json.object($S, $T::new)", json, nested(baseName));
        case "array":
          return CodeBlock.of(
              "json.list($S, $L)",
              json,
              elementReader(s.items(), Names.upperCamel(Names.singular(json))));
        case "map":
          return CodeBlock.of(
              "json.map($S, $L)",
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
          return declareEnum(baseName, s, element);
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

    private ClassName declareEnum(String baseName, Schema s, boolean element) {
      ClassName existing =
          generator.enumNaming.existing(path, EnumTypes.fieldName(json, element), s.enumValues());
      if (existing != null) {
        nestedNames.put(json + "#" + baseName, existing);
        return existing;
      }
      ClassName name = reserve(baseName);
      ownerType.addType(EnumGenerator.nested(name, s.enumValues(), json));
      generator.enumNaming.declared(path, name, s.enumValues());
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
                  path + ".",
                  s.properties(),
                  "The {@code " + json + "} object of {@link " + owner.simpleName() + "}.\n",
                  List.of(),
                  Set.of(),
                  null),
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
      String kind = Facts.kind(s);
      return kind.equals("decimal") ? "string" : kind;
    }
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes an open enum: constants for the values known today, any other value kept as sent. */
final class EnumGenerator {
  private EnumGenerator() {}

  /** A nested enum, for the values of one field only. */
  static TypeSpec nested(ClassName name, List<String> values, String json) {
    return generate(
        name,
        values,
        CodeBlock.of(
            "The values of {@code $L}. Open: a value the API adds later is kept as sent, with"
                + " {@link #isKnown()} false.\n",
            json),
        false);
  }

  /** A top-level enum shared by every field that holds the same value set. */
  static TypeSpec shared(EnumTypes.SharedEnum shared) {
    CodeBlock.Builder fields = CodeBlock.builder();
    for (String field : shared.fields()) {
      fields.add(fields.isEmpty() ? "{@code $L}" : ", {@code $L}", field);
    }
    return generate(
        shared.type(),
        shared.values(),
        CodeBlock.of(
            "The values of every $L field of every resource and params type, as one type, so a"
                + " value read from a resource can be passed straight to a params builder.\n\n"
                + "<p>Open: a value the API adds later is kept as sent, with {@link #isKnown()}"
                + " false, and re-encodes exactly.\n\n"
                + "<p>Generated from gcflux's API description: do not edit.\n",
            fields.build()),
        true);
  }

  private static TypeSpec generate(
      ClassName name, List<String> values, CodeBlock javadoc, boolean topLevel) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Types.API_ENUM)
            .addJavadoc(javadoc);
    if (topLevel) {
      type.addAnnotation(Types.generated("gocardless-api.json"));
    } else {
      type.addModifiers(Modifier.STATIC);
    }
    Set<String> constants = new LinkedHashSet<>();
    CodeBlock.Builder index = CodeBlock.builder();
    for (String value : values) {
      String constant = Names.constant(value);
      while (!constants.add(constant)) {
        constant = constant + "_";
      }
      type.addField(
          FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($S)", name, value)
              .addJavadoc("{@code $L}\n", value)
              .build());
      if (!index.isEmpty()) {
        index.add(", ");
      }
      index.add("$L", constant);
    }
    ParameterizedTypeName mapType = ParameterizedTypeName.get(Types.MAP, Types.STRING, name);
    type.addField(
        FieldSpec.builder(mapType, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("index($L)", index.build())
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "value")
            .addStatement("super(value)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .addJavadoc(
                "Returns the constant for {@code value}, or a new value if it is not known yet.\n")
            .addStatement("$T known = KNOWN.get(value)", name)
            .addStatement("return known != null ? known : new $T(value)", name)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(Types.LIST, name))
            .addJavadoc("The values known when this client was generated, in the API's order.\n")
            .addStatement("return $T.copyOf(KNOWN.values())", Types.LIST)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return KNOWN.containsKey(value())")
            .build());
    return type.build();
  }
}

package io.gcflux.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** The runtime types generated code refers to. */
final class Types {
  static final String GENERATOR = "io.gcflux.codegen";
  static final String MODEL_PACKAGE = "io.gcflux.core.model";
  static final String PARAMS_PACKAGE = "io.gcflux.core.params";
  static final String SERVICE_PACKAGE = "io.gcflux.client.service";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName JSON_BACKED = ClassName.get("io.gcflux.core.internal", "JsonBacked");
  static final ClassName VALUES = ClassName.get("io.gcflux.core.internal", "Values");
  static final ClassName PARAMS = ClassName.get("io.gcflux.core.internal", "Params");
  static final ClassName VALIDATIONS = ClassName.get("io.gcflux.core.internal", "Validations");
  static final ClassName API_ENUM = ClassName.get("io.gcflux.core", "ApiEnum");
  static final ClassName PAGE = ClassName.get("io.gcflux.core", "Page");
  static final ClassName CURSOR_PARAMS = ClassName.get("io.gcflux.core", "CursorParams");
  static final ClassName LIST_CONVENTIONS = ClassName.get(PARAMS_PACKAGE, "ListConventions");
  static final ClassName OBJECT_NODE =
      ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName JSON_CREATOR =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  static final ClassName JSON = ClassName.get("io.gcflux.core.internal", "Json");

  static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");
  static final ClassName FLUX = ClassName.get("reactor.core.publisher", "Flux");
  static final ClassName API_RUNTIME = ClassName.get("io.gcflux.client.spi", "ApiRuntime");
  static final ClassName TYPED_CALL = ClassName.get("io.gcflux.client.spi", "TypedCall");
  static final ClassName ENDPOINT = ClassName.get("io.gcflux.client.spi", "Endpoint");
  static final ClassName REQUEST_OPTIONS = ClassName.get("io.gcflux.client.call", "RequestOptions");
  static final ClassName API_RESPONSE = ClassName.get("io.gcflux.client.call", "ApiResponse");

  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LONG = ClassName.get(Long.class);
  static final ClassName BOOLEAN = ClassName.get(Boolean.class);
  static final ClassName DOUBLE = ClassName.get(Double.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
  static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
  static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");

  private Types() {}

  static AnnotationSpec generated(String source) {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", GENERATOR)
        .addMember("comments", "$S", "from " + source + "; do not edit")
        .build();
  }

  static TypeName boxed(TypeName type) {
    return type.isPrimitive() ? type.box() : type;
  }
}

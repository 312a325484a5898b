package io.gcflux.codegen;

import io.gcflux.apimodel.Singular;
import java.util.Locale;
import java.util.Set;

/** Turns the API's snake_case names into Java names. */
final class Names {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "var",
          "record",
          "yield",
          "true",
          "false",
          "null");

  // Getter names that would clash with methods every generated type has.
  private static final Set<String> RESERVED_METHODS =
      Set.of(
          "toJson",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "builder",
          "toBuilder",
          "jsonValue");

  private Names() {}

  static String upperCamel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, 'V');
    }
    return out.toString();
  }

  static String lowerCamel(String snake) {
    String upper = upperCamel(snake);
    String lower = Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    return KEYWORDS.contains(lower) ? lower + "Value" : lower;
  }

  static String member(String snake) {
    String name = lowerCamel(snake);
    return RESERVED_METHODS.contains(name) ? name + "Value" : name;
  }

  static String constant(String value) {
    String name = value.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    name = name.replaceAll("^_+|_+$", "");
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      name = "V_" + name;
    }
    return KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) ? name + "_" : name;
  }

  /** The API's singular of a plural name; the rule lives with the description's reader. */
  static String singular(String snake) {
    return Singular.of(snake);
  }

  /** {@code /payments/:identity/actions/cancel} as readers know it: {@code {identity}}. */
  static String displayPath(String path) {
    return path.replaceAll(":([a-z_]+)", "{$1}");
  }

  static String humanSingular(String className) {
    return className.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}

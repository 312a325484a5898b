package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.Page;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code internal} is a wall, not a name: no public or protected signature of an exported package
 * may name a type from an {@code internal} package, and no public type may extend one. Reads the
 * compiled classes of {@code core} and {@code reactive-client} by reflection.
 */
class PublicApiBoundaryTest {
  /** Every exported package, hand-written and generated alike. */
  static final Set<String> CHECKED_PACKAGES =
      Set.of(
          "io.gcflux.client",
          "io.gcflux.client.batch",
          "io.gcflux.client.call",
          "io.gcflux.client.export",
          "io.gcflux.client.observation",
          "io.gcflux.client.observe",
          "io.gcflux.client.paging",
          "io.gcflux.client.retry",
          "io.gcflux.client.service",
          "io.gcflux.client.spi",
          "io.gcflux.core",
          "io.gcflux.core.error",
          "io.gcflux.core.json",
          "io.gcflux.core.model",
          "io.gcflux.core.params",
          "io.gcflux.webhook");

  @Test
  void noExportedSignatureNamesAnInternalType() throws Exception {
    List<Class<?>> library = classesOfTheLibrary();
    assertThat(library)
        .contains(GoCardlessClient.class, Page.class, io.gcflux.client.retry.RetryPolicy.class);
    List<String> violations = new ArrayList<>();
    for (Class<?> type : library) {
      if (CHECKED_PACKAGES.contains(type.getPackageName()) && isExported(type)) {
        violations.addAll(violations(type));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyExportedPackageIsChecked() throws Exception {
    Set<String> unlisted = new TreeSet<>();
    for (Class<?> type : classesOfTheLibrary()) {
      String pkg = type.getPackageName();
      if (!isInternal(pkg) && isExported(type) && !CHECKED_PACKAGES.contains(pkg)) {
        unlisted.add(pkg);
      }
    }
    assertThat(unlisted).as("exported packages this test does not know").isEmpty();
  }

  /** Jackson is how core reads JSON, not part of what a generated type or the SPI promises. */
  @Test
  void noGeneratedOrSpiSignatureNamesAJacksonType() throws Exception {
    Set<String> jacksonFree =
        Set.of(
            "io.gcflux.core.model",
            "io.gcflux.core.params",
            "io.gcflux.client.service",
            "io.gcflux.client.spi");
    List<String> violations = new ArrayList<>();
    for (Class<?> type : classesOfTheLibrary()) {
      if (jacksonFree.contains(type.getPackageName()) && isExported(type)) {
        violations.addAll(violations(type, pkg -> pkg.startsWith("com.fasterxml.jackson")));
      }
    }
    assertThat(violations).isEmpty();
    assertThat(violations(JacksonLeak.class, pkg -> pkg.startsWith("com.fasterxml.jackson")))
        .anyMatch(v -> v.contains("ObjectNode"));
  }

  /** A deliberate Jackson leak, to prove the Jackson check sees one. */
  public static class JacksonLeak {
    public com.fasterxml.jackson.databind.node.ObjectNode node() {
      return null;
    }
  }

  @Test
  void theCheckCatchesAPublicTypeThatLeaksAnInternalOne() {
    assertThat(violations(Leaky.class))
        .anyMatch(v -> v.contains("extends") && v.contains("ClientLifecycle"))
        .anyMatch(v -> v.contains("expose") && v.contains("ExecutorSettings"))
        .anyMatch(v -> v.contains("field") && v.contains("ApiCall"));
  }

  /** A deliberate leak, to prove the check sees one. */
  public static class Leaky extends java.util.ArrayList<io.gcflux.client.internal.ClientLifecycle> {
    private static final long serialVersionUID = 1L;
    public io.gcflux.client.internal.ApiCall<String> field;

    public List<? extends io.gcflux.client.internal.ExecutorSettings> expose() {
      return List.of();
    }
  }

  private static List<String> violations(Class<?> type) {
    return violations(type, PublicApiBoundaryTest::isInternal);
  }

  private static List<String> violations(Class<?> type, Predicate<String> forbidden) {
    List<String> found = new ArrayList<>();
    check(found, forbidden, type.getName() + " extends", type.getGenericSuperclass());
    for (Type parent : type.getGenericInterfaces()) {
      check(found, forbidden, type.getName() + " implements", parent);
    }
    for (TypeVariable<?> variable : type.getTypeParameters()) {
      check(found, forbidden, type.getName() + " type parameter", variable);
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isVisible(constructor)) {
        checkExecutable(found, forbidden, type.getName() + " constructor", constructor);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (isVisible(method) && !method.isSynthetic() && !method.isBridge()) {
        check(
            found,
            forbidden,
            type.getName() + "." + method.getName() + " returns",
            method.getGenericReturnType());
        checkExecutable(found, forbidden, type.getName() + "." + method.getName(), method);
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (isVisible(field) && !field.isSynthetic()) {
        check(
            found, forbidden, type.getName() + " field " + field.getName(), field.getGenericType());
      }
    }
    return found;
  }

  private static void checkExecutable(
      List<String> found, Predicate<String> forbidden, String where, Executable executable) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(found, forbidden, where + " takes", parameter);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      check(found, forbidden, where + " throws", thrown);
    }
    for (TypeVariable<?> variable : executable.getTypeParameters()) {
      check(found, forbidden, where + " type parameter", variable);
    }
  }

  private static void check(
      List<String> found, Predicate<String> forbidden, String where, Type type) {
    Set<Class<?>> named = new java.util.LinkedHashSet<>();
    collect(type, named, Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    for (Class<?> name : named) {
      if (forbidden.test(name.getPackageName())) {
        found.add(where + " " + name.getName());
      }
    }
  }

  /** Every class a generic type names, through arguments, bounds, arrays and owners. */
  private static void collect(Type type, Set<Class<?>> named, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (!element.isPrimitive()) {
        named.add(element);
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collect(parameterized.getRawType(), named, seen);
      collect(parameterized.getOwnerType(), named, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, named, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> collect(bound, named, seen));
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        collect(bound, named, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      collect(array.getGenericComponentType(), named, seen);
    }
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  /** Public, and reachable: every enclosing class public too. */
  private static boolean isExported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
  }

  private static boolean isVisible(Member member) {
    int modifiers = member.getModifiers();
    if (Modifier.isPublic(modifiers)) {
      return true;
    }
    // Protected members are API only where a user can subclass.
    return Modifier.isProtected(modifiers)
        && !Modifier.isFinal(member.getDeclaringClass().getModifiers());
  }

  /** Every class of the core and reactive-client main outputs, directory or jar alike. */
  private static List<Class<?>> classesOfTheLibrary() throws IOException, URISyntaxException {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> anchor : List.of(GoCardlessClient.class, Page.class)) {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (String name : classNames(root)) {
        try {
          classes.add(Class.forName(name, false, anchor.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    }
    return classes;
  }

  private static List<String> classNames(Path root) throws IOException {
    List<String> files = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        paths.map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(files::add);
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(files::add);
      }
    }
    return files.stream()
        .filter(f -> f.endsWith(".class"))
        .filter(f -> !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }
}

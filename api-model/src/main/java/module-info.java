/**
 * The one reader of gcflux's API description, shared by the generator and the testkit emulator.
 *
 * <p>The description itself is a resource of {@code io.gcflux.core}, found on the class path or, on
 * the module path, in the package {@code io.gcflux.core} opens for it.
 */
module io.gcflux.apimodel {
  // ExampleValues hands out Jackson trees.
  requires transitive com.fasterxml.jackson.databind;

  exports io.gcflux.apimodel;
}

package io.gcflux.apimodel;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * gcflux's description of the GoCardless Pro API, read once into plain records: the generator
 * writes the client from it and the testkit emulator answers from it, so both agree on names, id
 * prefixes, examples and list conventions.
 */
public record ApiDescription(
    String apiVersion, PageSize pageSize, ExampleValues examples, List<Resource> resources) {

  /** Where gcflux-core packages the description, for readers that have core on the class path. */
  public static final String BUNDLED = "classpath:io/gcflux/core/api/gocardless-api.json";

  /** Reads a file path, or {@code classpath:io/...} for a copy on the class path. */
  public static ApiDescription read(String location) throws IOException {
    return DescriptionReader.read(location);
  }

  /** The page sizes of list calls: the client's default and the API's maximum. */
  public record PageSize(int defaultSize, int max) {}

  /** A resource of the API, such as {@code payments}. */
  public record Resource(
      String name,
      String className,
      String idPrefix,
      Map<String, Schema> attributes,
      List<Action> actions) {

    /** {@code payment} for {@code payments}: the name of one, as links and events use it. */
    public String singular() {
      return Singular.of(name);
    }

    public boolean hasId() {
      return attributes.containsKey("id");
    }

    public Optional<Action> action(String actionName) {
      return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }
  }

  /** An action of a resource, such as {@code cancel}. */
  public record Action(
      String name,
      String method,
      String path,
      List<String> pathParams,
      String requestEnvelope,
      String responseEnvelope,
      boolean returnsList,
      boolean autoPaginated,
      boolean idempotentCreate,
      boolean retriedOnNetworkFailure,
      Map<String, Schema> params,
      List<Validation> validations,
      List<String> required,
      boolean responseMayBeBare) {

    public boolean isPaginatedList() {
      return returnsList && autoPaginated;
    }
  }

  /** A client-side rule the generated {@code build()} enforces. */
  public record Validation(String rule, String field, String whenField, String whenValue) {}

  /** A JSON schema of the description's small type language. */
  public record Schema(
      String type,
      List<String> enumValues,
      String format,
      Map<String, Schema> properties,
      Schema items,
      Schema values) {

    public boolean isEnum() {
      return enumValues != null;
    }

    public boolean isObjectWithProperties() {
      return type.equals("object") && properties != null && !properties.isEmpty();
    }
  }

  public Optional<Resource> resource(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * @throws IllegalArgumentException naming the resource when the description has no such resource
   */
  public Resource require(String name) {
    return resource(name)
        .orElseThrow(
            () -> new IllegalArgumentException("The API description has no resource " + name));
  }

  /**
   * The resource a link such as {@code mandate}, {@code new_customer_bank_account} or {@code
   * mandate_request_mandate} points at: the one whose singular name the link ends with.
   */
  public Optional<Resource> linkedResource(String linkName) {
    return IdPrefixes.linkedResource(resources, linkName);
  }

  /**
   * The prefix of the resource's ids, such as {@code PM}: the description's {@code id_prefix}, or
   * for resources without ids of their own two letters of the name, so that examples still have
   * one.
   */
  public String idPrefix(Resource resource) {
    return IdPrefixes.of(resource);
  }

  /** The prefix of the ids a link holds, such as {@code MD} for {@code links.mandate}. */
  public String linkIdPrefix(String linkName) {
    return IdPrefixes.ofLink(resources, linkName);
  }

  /** The id of a resource's example, such as {@code PM0001ABCD2345}. */
  public String exampleId(Resource resource) {
    return examples.exampleId(resource);
  }
}

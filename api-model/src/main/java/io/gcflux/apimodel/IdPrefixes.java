package io.gcflux.apimodel;

import io.gcflux.apimodel.ApiDescription.Resource;
import java.util.List;
import java.util.Optional;

/** Id prefixes of resources and of the links that point at them. */
final class IdPrefixes {
  private IdPrefixes() {}

  static Optional<Resource> linkedResource(List<Resource> resources, String linkName) {
    Resource best = null;
    for (Resource resource : resources) {
      String singular = resource.singular();
      boolean matches = linkName.equals(singular) || linkName.endsWith("_" + singular);
      if (matches && (best == null || singular.length() > best.singular().length())) {
        best = resource;
      }
    }
    return Optional.ofNullable(best);
  }

  static String of(Resource resource) {
    return resource.idPrefix() != null
        ? resource.idPrefix()
        : Singular.initials(resource.singular());
  }

  static String ofLink(List<Resource> resources, String linkName) {
    return linkedResource(resources, linkName)
        .map(IdPrefixes::of)
        .orElseGet(() -> Singular.initials(linkName));
  }
}

package io.gcflux.core.error;

/**
 * A create was sent again with an idempotency key that already created a resource (409, reason
 * {@code idempotent_creation_conflict}). {@link #conflictingResourceId()} names that resource.
 */
public class IdempotentCreationConflictException extends InvalidStateException {
  private static final long serialVersionUID = 1L;

  public IdempotentCreationConflictException(ApiError error) {
    super(error, "The resource named by conflictingResourceId() was already created with this key");
  }

  /** The id of the resource the earlier request with this key created. */
  public String conflictingResourceId() {
    return errors().stream()
        .map(e -> e.links().get("conflicting_resource_id"))
        .filter(id -> id != null)
        .findFirst()
        .orElse(null);
  }
}

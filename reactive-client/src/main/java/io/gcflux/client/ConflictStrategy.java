package io.gcflux.client;

/**
 * What a create does when the API answers 409 {@code idempotent_creation_conflict}: the key was
 * already used, so the resource exists.
 */
public enum ConflictStrategy {
  /** Fetch the existing resource named in {@code links.conflicting_resource_id} and return it. */
  FETCH_EXISTING,
  /** Raise {@link io.gcflux.core.error.IdempotentCreationConflictException}. */
  RAISE
}

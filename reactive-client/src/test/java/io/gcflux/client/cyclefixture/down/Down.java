package io.gcflux.client.cyclefixture.down;

import io.gcflux.client.cyclefixture.up.Up;

/** The other half of the deliberate package cycle of {@link Up}. */
public final class Down {
  public Up up;
}

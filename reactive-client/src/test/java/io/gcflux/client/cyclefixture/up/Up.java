package io.gcflux.client.cyclefixture.up;

import io.gcflux.client.cyclefixture.down.Down;

/** Half of a deliberate package cycle, to prove {@code PackageCycleTest} sees one. */
public final class Up {
  public Down down;
}

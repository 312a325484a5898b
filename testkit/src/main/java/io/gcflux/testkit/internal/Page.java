package io.gcflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of a list, newest first, with the cursors GoCardless would hand out. */
public record Page(List<ObjectNode> items, String before, String after, int limit) {}

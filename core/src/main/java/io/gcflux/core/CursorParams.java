package io.gcflux.core;

/**
 * The params of a list the API pages with cursors, such as {@code PaymentListParams}: every such
 * params type implements this, so paging code can move through pages without knowing the resource.
 *
 * <p>A page of results carries the cursors to ask for the page after or before it ({@link
 * Page#after()}, {@link Page#before()}); {@code params.withAfter(page.after())} are the params of
 * the next page, all other filters unchanged.
 *
 * @param <P> the params type itself, so copies keep their type
 */
public interface CursorParams<P extends CursorParams<P>> {

  /** The cursor after which the page starts, or {@code null} to start at the beginning. */
  String after();

  /** The cursor before which the page ends, or {@code null}. */
  String before();

  /** The page size asked for, or {@code null} when not set. */
  Long limit();

  /**
   * A copy that asks for the page after {@code cursor}: {@code after} set, {@code before} removed.
   */
  P withAfter(String cursor);

  /**
   * A copy that asks for the page before {@code cursor}: {@code before} set, {@code after} removed.
   */
  P withBefore(String cursor);
}

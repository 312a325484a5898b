package io.gcflux.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.core.params.PaymentListParams;
import org.junit.jupiter.api.Test;

class ListCursorTest {

  @Test
  void noParamsStartAtTheBeginningForwardAskingForTheLargestPage() {
    ListCursor cursor = ListCursor.of(null);

    assertThat(cursor.start()).isNull();
    assertThat(cursor.backwards()).isFalse();
    assertThat(cursor.pageQuery(null)).containsExactlyEntriesOf(java.util.Map.of("limit", 500L));
    assertThat(cursor.pageQuery("PM2")).containsEntry("after", "PM2").containsEntry("limit", 500L);
  }

  @Test
  void aCallersLimitIsKeptAndTheCursorFollowsAfter() {
    ListCursor cursor = ListCursor.of(PaymentListParams.builder().limit(20).after("PM9").build());

    assertThat(cursor.start()).isEqualTo("PM9");
    assertThat(cursor.backwards()).isFalse();
    assertThat(cursor.pageQuery("PM29")).containsOnlyKeys("after").containsEntry("after", "PM29");
  }

  @Test
  void aLoneBeforeWalksBackwards() {
    ListCursor cursor = ListCursor.of(PaymentListParams.builder().before("PM50").build());

    assertThat(cursor.start()).isEqualTo("PM50");
    assertThat(cursor.backwards()).isTrue();
    assertThat(cursor.pageQuery("PM40")).containsEntry("before", "PM40").doesNotContainKey("after");
  }

  @Test
  void afterWinsOverBeforeWhenBothAreSet() {
    ListCursor cursor =
        ListCursor.of(PaymentListParams.builder().after("PM1").before("PM50").build());

    assertThat(cursor.start()).isEqualTo("PM1");
    assertThat(cursor.backwards()).isFalse();
  }
}

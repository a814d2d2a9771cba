package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A tab's count as the coordinator reads it: UK grouping, and "+" once the engine's cap is reached. */
class TabCountTest {

  @Test
  void shouldShowACountUnderTheCapAsItIs() {
    assertThat(new TabCount(0, false).text()).isEqualTo("0");
    assertThat(new TabCount(9_800, false).text()).isEqualTo("9,800");
  }

  @Test
  void shouldSayThereAreMoreWhenTheEngineStoppedCountingAtItsCap() {
    assertThat(new TabCount(10_000, true).text()).isEqualTo("10,000+");
  }
}

package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The email check every way in uses: what it accepts, and that long input costs one pass. */
class ContactChecksTest {

  @Test
  void shouldAcceptAnEmailAddressOfTheUsualShape() {
    assertThat(ContactChecks.validEmail("alex@example.com")).isTrue();
    assertThat(ContactChecks.validEmail("  jo.lane+rj@police.example.co.uk ")).isTrue();
    assertThat(ContactChecks.validEmail("a".repeat(64) + "@" + "b".repeat(185) + ".org")).isTrue();
  }

  @Test
  void shouldRefuseWhatIsNotOne() {
    assertThat(ContactChecks.validEmail(null)).isFalse();
    assertThat(ContactChecks.validEmail("alex.example.com")).isFalse();
    assertThat(ContactChecks.validEmail("@example.com")).isFalse();
    assertThat(ContactChecks.validEmail("alex@example")).isFalse();
    assertThat(ContactChecks.validEmail("alex@.example")).isFalse();
    assertThat(ContactChecks.validEmail("alex@example.")).isFalse();
    assertThat(ContactChecks.validEmail("alex@example..com")).isFalse();
    assertThat(ContactChecks.validEmail("al ex@example.com")).isFalse();
    assertThat(ContactChecks.validEmail("alex@home@example.com")).isFalse();
    assertThat(ContactChecks.validEmail("a".repeat(65) + "@example.com")).isFalse();
    assertThat(ContactChecks.validEmail("a@" + "b".repeat(250) + ".org")).isFalse();
  }

  @Test
  void shouldRefuseThreeHundredKilobytesOfTheShapeThatBacktracked() {
    String evil = "a@" + "a.".repeat(150 * 1024) + "@";
    long started = System.nanoTime();
    assertThat(ContactChecks.tooLongEmail(evil)).isTrue();
    assertThat(ContactChecks.validEmail(evil)).isFalse();
    // a figure to read, not a limit (no timed tests): the old pattern took 13 s on 20 KB of it
    System.out.printf("300 KB of a@a.a.… checked in %d µs%n", (System.nanoTime() - started) / 1_000);
  }
}

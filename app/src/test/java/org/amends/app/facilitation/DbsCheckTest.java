package org.amends.app.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DbsCheckTest {

  private static final LocalDate ISSUED = LocalDate.of(2024, 5, 3);

  @Test
  void shouldBeValidUntilTheDayBeforeItIsThreeYearsOld() {
    DbsCheck dbs = new DbsCheck("001234567890", ISSUED);
    assertThat(dbs.expiresOn()).isEqualTo(LocalDate.of(2027, 5, 3));
    assertThat(dbs.validOn(LocalDate.of(2027, 5, 2))).isTrue();
    assertThat(dbs.validOn(LocalDate.of(2027, 5, 3))).isFalse();
  }

  @Test
  void shouldRemindInTheSixtyDaysBeforeItExpires() {
    DbsCheck dbs = new DbsCheck("001234567890", ISSUED);
    assertThat(dbs.statusOn(LocalDate.of(2027, 3, 3))).isEqualTo(DbsCheck.Status.VALID);
    assertThat(dbs.statusOn(LocalDate.of(2027, 3, 4))).isEqualTo(DbsCheck.Status.RENEWAL_DUE);
    assertThat(dbs.statusOn(LocalDate.of(2027, 5, 2))).isEqualTo(DbsCheck.Status.RENEWAL_DUE);
    assertThat(dbs.statusOn(LocalDate.of(2027, 5, 3))).isEqualTo(DbsCheck.Status.EXPIRED);
  }

  @Test
  void shouldSayWhenNoneIsRecorded() {
    DbsCheck none = new DbsCheck(null, null);
    assertThat(none.statusOn(ISSUED)).isEqualTo(DbsCheck.Status.NONE);
    assertThat(none.validOn(ISSUED)).isFalse();
  }
}

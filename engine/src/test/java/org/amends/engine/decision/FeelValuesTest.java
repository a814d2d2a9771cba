package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValDateTime;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValLocalDateTime;
import org.camunda.feel.syntaxtree.ValLocalTime;
import org.camunda.feel.syntaxtree.ValNull$;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class FeelValuesTest {

  @Test
  void shouldConvertWholeNumbersToLong() {
    assertThat(FeelValues.toJava(number("42"))).isEqualTo(42L);
    assertThat(FeelValues.toJava(number("2.000"))).isEqualTo(2L);
    assertThat(FeelValues.toJava(number("-7"))).isEqualTo(-7L);
    assertThat(FeelValues.toJava(number("1E+3"))).isEqualTo(1000L);
    assertThat(FeelValues.toJava(number("0.0"))).isEqualTo(0L);
  }

  @Test
  void shouldConvertFractionsToDouble() {
    assertThat(FeelValues.toJava(number("1.5"))).isEqualTo(1.5);
    assertThat(FeelValues.toJava(number("0.3333333333333333333333333333333333")))
        .isEqualTo(1.0 / 3);
  }

  @Test
  void shouldKeepWholeNumbersBeyondLongExact() {
    assertThat(FeelValues.toJava(number("99999999999999999999")))
        .isEqualTo(new BigInteger("99999999999999999999"));
    assertThat(FeelValues.toJson(FeelValues.toJava(number("99999999999999999999"))))
        .isEqualTo("99999999999999999999");
  }

  @Test
  void shouldWriteTemporalValuesAsZeebeDoes() {
    assertThat(FeelValues.toJava(new ValDate(LocalDate.of(2025, 3, 1)))).isEqualTo("2025-03-01");
    assertThat(FeelValues.toJava(new ValLocalTime(LocalTime.of(9, 30)))).isEqualTo("09:30");
    assertThat(FeelValues.toJava(new ValLocalDateTime(LocalDateTime.of(2025, 3, 1, 9, 30, 15))))
        .isEqualTo("2025-03-01T09:30:15");
    assertThat(
            FeelValues.toJava(
                new ValDateTime(ZonedDateTime.parse("2025-03-01T09:30:00+01:00[Europe/Paris]"))))
        .isEqualTo("2025-03-01T09:30:00+01:00");
    assertThat(FeelValues.toJava(new ValDayTimeDuration(Duration.ofHours(26))))
        .isEqualTo("P1DT2H");
    assertThat(FeelValues.toJava(new ValYearMonthDuration(Period.of(1, 2, 0))))
        .isEqualTo("P1Y2M");
  }

  @Test
  void shouldConvertValuesWithoutJsonFormToNull() {
    assertThat(FeelValues.toJava(ValNull$.MODULE$)).isNull();
    assertThat(FeelValues.toJava(new ValError("boom"))).isNull();
    assertThat(FeelValues.toJson(null)).isEqualTo("null");
  }

  @Test
  void shouldConvertUnpackedScalaValues() {
    // what dmn-scala hands back after unpacking: scala collections and scala BigDecimal
    var unpacked =
        scala.collection.immutable.Map$.MODULE$.from(
            CollectionConverters.asScala(
                Map.<String, Object>of(
                    "items",
                    CollectionConverters.asScala(
                            List.<Object>of(scalaDecimal("2.5"), "x"))
                        .toList(),
                    "count",
                    scalaDecimal("3"))));

    assertThat(FeelValues.fromUnpacked(unpacked))
        .isEqualTo(Map.of("items", List.of(2.5, "x"), "count", 3L));
    assertThat(FeelValues.fromUnpacked(scala.None$.MODULE$)).isNull();
    assertThat(FeelValues.fromUnpacked(new ValString("already FEEL"))).isEqualTo("already FEEL");
  }

  private static ValNumber number(String value) {
    return new ValNumber(scalaDecimal(value));
  }

  private static scala.math.BigDecimal scalaDecimal(String value) {
    return scala.math.BigDecimal$.MODULE$.apply(new BigDecimal(value));
  }
}

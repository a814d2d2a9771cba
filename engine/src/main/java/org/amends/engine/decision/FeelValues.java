package org.amends.engine.decision;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValBoolean;
import org.camunda.feel.syntaxtree.ValContext;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValDateTime;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValList;
import org.camunda.feel.syntaxtree.ValLocalDateTime;
import org.camunda.feel.syntaxtree.ValLocalTime;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValTime;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;
import org.camunda.feel.valuemapper.ValueMapper;
import scala.None$;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns FEEL values into the plain Java values and JSON that variables hold, the way Zeebe writes
 * a decision's result into a variable: whole numbers as integers, others as floating point,
 * temporal values as ISO strings, and values without a JSON form (functions, ranges, errors) as
 * null.
 */
final class FeelValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ValueMapper FEEL_VALUE_MAPPER = ValueMapper.defaultValueMapper();

  private FeelValues() {}

  static Object toJava(Val value) {
    if (value instanceof ValBoolean b) {
      return b.value();
    } else if (value instanceof ValString s) {
      return s.value();
    } else if (value instanceof ValNumber n) {
      return number(n.value().bigDecimal());
    } else if (value instanceof ValList list) {
      List<Object> items = new ArrayList<>(list.itemsAsSeq().size());
      CollectionConverters.asJava(list.itemsAsSeq()).forEach(item -> items.add(toJava(item)));
      return items;
    } else if (value instanceof ValContext context) {
      Map<String, Object> entries = new LinkedHashMap<>();
      CollectionConverters.asJava(context.context().variableProvider().getVariables())
          .forEach((key, entry) -> entries.put(key, fromUnpacked(entry)));
      return entries;
    } else if (value instanceof ValDate date) {
      return date.value().toString();
    } else if (value instanceof ValLocalTime time) {
      return time.value().toString();
    } else if (value instanceof ValTime time) {
      return time.value().format();
    } else if (value instanceof ValLocalDateTime dateTime) {
      return ISO_LOCAL_DATE_TIME.format(dateTime.value());
    } else if (value instanceof ValDateTime dateTime) {
      return ISO_OFFSET_DATE_TIME.format(dateTime.value());
    } else if (value instanceof ValDayTimeDuration || value instanceof ValYearMonthDuration) {
      return value.toString(); // FEEL's own notation, e.g. P1DT2H or P1Y2M
    }
    return null; // null, functions, ranges, errors
  }

  /**
   * Converts a value dmn-scala already unpacked (scala collections, scala BigDecimal) or a context
   * entry that was never a FEEL value, by mapping it back to FEEL first, so that one set of rules
   * applies.
   */
  static Object fromUnpacked(Object value) {
    if (value == null || value == None$.MODULE$) {
      return null;
    } else if (value instanceof Val val) {
      return toJava(val);
    }
    return toJava(FEEL_VALUE_MAPPER.toVal(value));
  }

  /** Whole numbers as Long (BigInteger beyond its range), fractions as Double, as Zeebe does. */
  static Object number(BigDecimal number) {
    boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!whole) {
      return number.doubleValue();
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException tooBig) {
      return number.toBigIntegerExact();
    }
  }

  static String toJson(Object javaValue) {
    try {
      return JSON.writeValueAsString(javaValue);
    } catch (JsonProcessingException e) {
      // only plain values get here, so this means a bug in the conversion above
      throw new IllegalStateException("Expected a plain value to write as JSON: " + javaValue, e);
    }
  }
}

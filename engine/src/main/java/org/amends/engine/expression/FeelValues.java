package org.amends.engine.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns FEEL results into the plain Java values variables are made of. */
final class FeelValues {

  private FeelValues() {}

  static Object toJava(Object value) {
    if (value instanceof BigDecimal d) {
      return number(d);
    }
    if (value instanceof BigInteger i) {
      return i.bitLength() < 64 ? (Object) i.longValue() : new BigDecimal(i).doubleValue();
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9e15 ? (Object) d.longValue() : d;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), toJava(v)));
      return result;
    }
    if (value instanceof Collection<?> list) {
      List<Object> result = new ArrayList<>(list.size());
      list.forEach(v -> result.add(toJava(v)));
      return result;
    }
    return value;
  }

  private static Object number(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
      return stripped.longValueExact();
    }
    return d.doubleValue();
  }

  static String typeName(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String) {
      return "STRING";
    }
    if (value instanceof Number) {
      return "NUMBER";
    }
    if (value instanceof Boolean) {
      return "BOOLEAN";
    }
    if (value instanceof List<?>) {
      return "ARRAY";
    }
    if (value instanceof Map<?, ?>) {
      return "OBJECT";
    }
    return value.getClass().getSimpleName().toUpperCase();
  }
}

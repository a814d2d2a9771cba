package org.amends.engine.query;

import java.util.Map;
import org.amends.engine.state.Json;

/** One found row: its JSON and the extra values its search selected. */
public record SearchHit(String data, Map<String, Object> values) {

  public <T> T row(Class<T> type) {
    return Json.read(data, type);
  }

  public String string(String alias) {
    Object value = values.get(alias);
    return value == null ? null : value.toString();
  }

  public Long longValue(String alias) {
    Object value = values.get(alias);
    return value == null ? null : ((Number) value).longValue();
  }

  public boolean bool(String alias) {
    return Boolean.TRUE.equals(values.get(alias));
  }
}

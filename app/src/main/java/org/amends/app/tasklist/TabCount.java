package org.amends.app.tasklist;

import io.camunda.client.api.search.response.SearchResponsePage;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many tasks a tab holds: the engine counts up to a cap (10,000, as Camunda's searches do)
 * and says when there are more, shown as "10,000+".
 */
record TabCount(long count, boolean more) {

  static TabCount of(SearchResponsePage page) {
    return new TabCount(page.totalItems(), Boolean.TRUE.equals(page.hasMoreTotalItems()));
  }

  String text() {
    return NumberFormat.getIntegerInstance(Locale.UK).format(count) + (more ? "+" : "");
  }
}

package org.amends.app.tasklist;

import java.util.List;
import java.util.Map;

/**
 * One component of a task form, ready for its GOV.UK fragment in {@code tasklist/form.html}
 * ({@code kind} names the fragment). {@code hide} is the FEEL condition the page's script
 * evaluates again as answers change; {@code hidden} is what the server found.
 */
public record FormControl(
    String kind,
    String id,
    String name,
    String label,
    String hint,
    String error,
    String hide,
    boolean hidden,
    String value,
    Map<String, String> parts,
    List<Choice> choices,
    String html,
    List<FormControl> children,
    List<Item> items,
    Options options) {

  /** An option of a radio, select or checklist, as the page writes it. */
  public record Choice(String id, String value, String label, boolean selected) {}

  /** An item of a dynamic list: its fields, and the names its buttons post. */
  public record Item(int number, String scope, List<FormControl> children, String remove) {}

  /**
   * What else the fragment needs: the input's type and keyboard, prefix and suffix, read-only and
   * disabled, a date's boxes and time label, which box a date's error is about, and a list's
   * add button and item count.
   */
  public record Options(String inputType, String inputMode, String prefix, String suffix, boolean readonly,
      boolean disabled, boolean date, boolean time, String timeLabel, String errorPart, String add,
      String countName, int count, String spacing, boolean outline) {

    static Options none() {
      return new Options("text", null, null, null, false, false, false, false, null, null, null, null, 0, null, false);
    }
  }

  public boolean hasError() {
    return error != null;
  }

  /** A date's problem that is about its day, month or year (shown on the date boxes). */
  public boolean dateError() {
    return error != null && options.date() && !"time".equals(options.errorPart());
  }

  /** A date's problem that is about its time, or any problem of a time alone. */
  public boolean timeError() {
    return error != null && options.time() && !dateError();
  }

  public String describedBy() {
    String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
    return ids.isBlank() ? null : ids.trim();
  }
}

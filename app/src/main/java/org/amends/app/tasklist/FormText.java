package org.amends.app.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/**
 * A form's text component as form-js shows it: Markdown (or, starting with "=", a FEEL expression
 * giving plain text), with {{expression}} templates filled in from the task's data. The HTML is
 * cleaned to a small safe list and given the GOV.UK typography classes; headings move one level
 * down, since the task's name is the page's only h1.
 */
final class FormText {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");

  private FormText() {}

  static String html(String text, Map<String, Object> context) {
    if (text.trim().startsWith("=")) {
      Object value = FormFeel.evaluate(text, context);
      return value == null ? "" : "<p class=\"govuk-body\">" + HtmlUtils.htmlEscape(String.valueOf(value)) + "</p>";
    }
    // templates become placeholders first, so a value is never read as Markdown or HTML
    List<String> values = new ArrayList<>();
    Matcher template = TEMPLATE.matcher(text);
    StringBuilder source = new StringBuilder();
    while (template.find()) {
      Object value = FormFeel.evaluate(template.group(1), context);
      values.add(value == null ? "" : String.valueOf(value));
      template.appendReplacement(source, "AMENDSVALUE" + (values.size() - 1) + "X");
    }
    template.appendTail(source);
    Document document = Jsoup.parseBodyFragment(Jsoup.clean(HTML.render(MARKDOWN.parse(source.toString())), SAFE));
    styled(document);
    String html = document.body().html();
    for (int i = values.size() - 1; i >= 0; i--) {
      html = html.replace("AMENDSVALUE" + i + "X", HtmlUtils.htmlEscape(values.get(i)));
    }
    return html;
  }

  private static void styled(Document document) {
    for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
      int level = Math.min(6, Integer.parseInt(heading.tagName().substring(1)) + 1);
      heading.tagName("h" + level);
      heading.addClass(level == 2 ? "govuk-heading-m" : "govuk-heading-s");
    }
    document.select("p").addClass("govuk-body");
    document.select("ul").addClass("govuk-list").addClass("govuk-list--bullet");
    document.select("ol").addClass("govuk-list").addClass("govuk-list--number");
    document.select("a").addClass("govuk-link");
  }
}

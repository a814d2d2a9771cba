package org.amends.engine.server.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way of spoiling a well-formed resource, the way a bad editor, a bad copy or an attacker would. */
enum Mutation {
  TRUNCATE,
  DELETE_RANGE,
  INSERT_JUNK,
  BREAK_ATTRIBUTE,
  BREAK_EXPRESSION,
  DUPLICATE_ID,
  REMOVE_TAG,
  EXTERNAL_ENTITY,
  ENTITY_EXPANSION,
  JUNK_ONLY;

  private static final Pattern ATTRIBUTE = Pattern.compile("=\"[^\"]*\"");
  private static final Pattern EXPRESSION = Pattern.compile("=\"=[^\"]*\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

  /** The text spoiled at {@code where} (0 to 1 of its length) with {@code junk}. */
  String apply(String text, double where, String junk) {
    int at = (int) (where * text.length());
    return switch (this) {
      case TRUNCATE -> text.substring(0, at);
      case DELETE_RANGE -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + junk.length() * 3));
      case INSERT_JUNK -> text.substring(0, at) + junk + text.substring(at);
      case BREAK_ATTRIBUTE -> replaceNth(ATTRIBUTE, text, where, "=\"" + junk.replace("\"", "&quot;") + "\"");
      case BREAK_EXPRESSION -> replaceNth(EXPRESSION, text, where, "=\"=" + junk.replace("\"", "&quot;").replace("<", "&lt;") + "\"");
      case DUPLICATE_ID -> duplicateId(text, where);
      case REMOVE_TAG -> removeTag(text, at);
      case EXTERNAL_ENTITY -> withDoctype(text,
          "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");
      case ENTITY_EXPANSION -> withDoctype(text, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
          + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
          + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
          + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>", "&g;");
      case JUNK_ONLY -> junk;
    };
  }

  private static String replaceNth(Pattern pattern, String text, double where, String replacement) {
    Matcher m = pattern.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    if (count == 0) {
      return text;
    }
    int target = (int) (where * count);
    m.reset();
    for (int i = 0; m.find(); i++) {
      if (i == target) {
        return text.substring(0, m.start()) + replacement
            + text.substring(m.end());
      }
    }
    return text;
  }

  private static String duplicateId(String text, double where) {
    Matcher m = ID.matcher(text);
    if (!m.find()) {
      return text;
    }
    String first = m.group(1);
    return replaceNth(Pattern.compile(" id=\"(?!" + Pattern.quote(first) + "\")[^\"]*\""), text, where,
        " id=\"" + first + "\"");
  }

  private static String removeTag(String text, int at) {
    int open = text.indexOf('<', at);
    int close = open < 0 ? -1 : text.indexOf('>', open);
    return close < 0 ? text : text.substring(0, open) + text.substring(close + 1);
  }

  /** A DOCTYPE after the XML declaration and its entity in the first name attribute. */
  private static String withDoctype(String text, String doctype, String reference) {
    int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
    String withEntity = text.replaceFirst(" name=\"", " name=\"" + Matcher.quoteReplacement(reference));
    return withEntity.substring(0, declarationEnd) + doctype + withEntity.substring(declarationEnd);
  }
}

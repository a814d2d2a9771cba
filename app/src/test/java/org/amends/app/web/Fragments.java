package org.amends.app.web;

import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders the app's own template fragments outside a web request, for tests that read the HTML:
 * {@code template} is inline Thymeleaf that includes them ({@code ~{fragments/chart :: chart(...)}}).
 */
public final class Fragments {

  private static final SpringTemplateEngine ENGINE = engine();

  private Fragments() {}

  public static String render(String template, Map<String, Object> variables) {
    Context context = new Context();
    variables.forEach(context::setVariable);
    return ENGINE.process(template, context);
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setTemplateMode(TemplateMode.HTML);
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver inline = new StringTemplateResolver();
    inline.setTemplateMode(TemplateMode.HTML);
    inline.setOrder(2);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(inline);
    return engine;
  }
}

package org.amends.app.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders templates/mail/NAME.txt and NAME.html (Spring EL). It keeps its own engine rather than
 * declaring one as a bean, which would replace the web pages' auto-configured engine.
 */
@Component
class MailRenderer {

  record Rendered(String text, String html) {}

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailRenderer() {
    engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
    engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
  }

  Rendered render(EmailTemplate template, Map<String, Object> model) {
    Context context = new Context(Locale.UK, model);
    return new Rendered(
        engine.process(template.fileName() + ".txt", context),
        engine.process(template.fileName() + ".html", context));
  }

  private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}

package org.amends.app.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable annual report: the report's figures, definitions, tables and charts rendered
 * from HTML (the page's own fragments, in templates/reporting/print.html) to PDF by
 * openhtmltopdf, its SVG charts drawn by Batik. jsoup turns the HTML into the well-formed
 * document openhtmltopdf reads.
 */
@Component
class ReportPdf {

  private final TemplateEngine templates;
  private final Clock clock;

  ReportPdf(TemplateEngine templates, Clock clock) {
    this.templates = templates;
    this.clock = clock;
  }

  byte[] render(AnnualReport report) {
    Context context = new Context();
    context.setVariable("report", report);
    context.setVariable("madeOn", LocalDate.now(clock));
    String html = templates.process("reporting/print", context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The annual report's PDF could not be made", e);
    }
    return out.toByteArray();
  }
}

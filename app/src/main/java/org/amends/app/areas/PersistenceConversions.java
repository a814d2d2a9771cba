package org.amends.app.areas;

import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.referral.ReferralSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/**
 * Spring Data JDBC stores an {@link Area} and a {@link ReferralSource} as their code in one text
 * column (as the enumerations they replaced were), not as entities of their own.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConversions extends AbstractJdbcConfiguration {

  @Override
  protected List<?> userConverters() {
    return List.of(new AreaToCode(), new CodeToArea(), new SourceToCode(), new CodeToSource());
  }

  @WritingConverter
  static final class AreaToCode implements Converter<Area, String> {
    @Override
    public String convert(Area area) {
      return area.code();
    }
  }

  @ReadingConverter
  static final class CodeToArea implements Converter<String, Area> {
    @Override
    public Area convert(String code) {
      return new Area(code);
    }
  }

  @WritingConverter
  static final class SourceToCode implements Converter<ReferralSource, String> {
    @Override
    public String convert(ReferralSource source) {
      return source.code();
    }
  }

  @ReadingConverter
  static final class CodeToSource implements Converter<String, ReferralSource> {
    @Override
    public ReferralSource convert(String code) {
      return new ReferralSource(code);
    }
  }
}

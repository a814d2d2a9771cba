package org.amends.engine.server.rest;

import org.amends.engine.Engine;
import org.amends.engine.query.Searcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Searches read the engine's own tables, in its schema. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  Searcher searcher(Engine engine) {
    return new Searcher(engine.store().dataSource(), engine.store().schema());
  }
}

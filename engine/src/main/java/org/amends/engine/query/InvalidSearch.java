package org.amends.engine.query;

/** A search request that cannot be run as asked; the message names the offending field. */
public final class InvalidSearch extends RuntimeException {

  public InvalidSearch(String message) {
    super(message);
  }
}

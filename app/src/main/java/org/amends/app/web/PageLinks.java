package org.amends.app.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous and next links for a list shown a page at a time, keeping the list's other query
 * parameters. {@code number} counts from 1.
 */
public record PageLinks(int number, int size, long total, UriComponentsBuilder query) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pages();
  }

  public String previousHref() {
    return query.cloneBuilder().replaceQueryParam("page", number - 1).build().encode().toUriString();
  }

  public String nextHref() {
    return query.cloneBuilder().replaceQueryParam("page", number + 1).build().encode().toUriString();
  }

  /** Zero-based offset of the first item of this page. */
  public int offset() {
    return (number - 1) * size;
  }
}

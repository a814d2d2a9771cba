package org.amends.engine.query;

import java.util.List;

/**
 * A page of hits, the total number of matches (a lower bound when {@code moreTotalItems}: see
 * Keyset), and cursors to the pages around it.
 */
public record SearchPage(List<SearchHit> hits, long totalItems, boolean moreTotalItems, String startCursor,
    String endCursor) {}

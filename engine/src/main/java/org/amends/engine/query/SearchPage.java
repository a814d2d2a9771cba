package org.amends.engine.query;

import java.util.List;

/** A page of hits, the total number of matches, and cursors to the pages around it. */
public record SearchPage(List<SearchHit> hits, long totalItems, String startCursor, String endCursor) {}

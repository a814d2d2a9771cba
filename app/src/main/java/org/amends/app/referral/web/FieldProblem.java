package org.amends.app.referral.web;

/** One wrong field of a partner API request: its JSON path and what is wrong with it. */
record FieldProblem(String field, String message) {}

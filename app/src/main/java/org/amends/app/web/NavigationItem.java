package org.amends.app.web;

/** A link in the service navigation; {@code current} marks the section the page belongs to. */
public record NavigationItem(String text, String href, boolean current) {}

package org.amends.app.modeler;

/**
 * Published once the bundled processes, decisions and forms are deployed (or found unchanged) at
 * start-up: what needs them in the engine, such as the demo data, waits for it.
 */
public record BundledResourcesDeployed() {}

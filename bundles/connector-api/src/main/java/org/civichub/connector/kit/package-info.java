/**
 * The connector kit: the parts every connector is built from, so that a connector is a client, a
 * mapping and its configuration. {@link org.civichub.connector.kit.PagedSyncRoutes} runs the
 * incremental sync of any {@link org.civichub.connector.kit.PagedSource};
 * {@link org.civichub.connector.kit.FieldReader} reads typed values and collects every violation.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.connector.kit;

/** The data path's operator-facing services. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.pipeline;

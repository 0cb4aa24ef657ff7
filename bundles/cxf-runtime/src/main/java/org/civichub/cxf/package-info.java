/** Helpers for bundles that create CXF clients and servers. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.cxf;

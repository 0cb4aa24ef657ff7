/**
 * This hub node among others on one store: {@link org.civichub.cluster.NodeLeases}, its id and the
 * leases it holds for the work one node at a time may do.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.civichub.cluster;

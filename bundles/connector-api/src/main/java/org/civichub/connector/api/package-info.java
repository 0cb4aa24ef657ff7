/** The connector SPI: what a connector implements and the endpoints it sends records to. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.connector.api;

/**
 * The hub's HTTP API. Public: {@link org.civichub.rest.PasswordHash}, which makes the password
 * hashes that the user configuration {@code org.civichub.rest.users} requires, and
 * {@link org.civichub.rest.WebContent}, the service through which a bundle has static files (a web
 * UI) served beside the API.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.rest;

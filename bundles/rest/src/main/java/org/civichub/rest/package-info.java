/**
 * The hub's HTTP API. Only {@link org.civichub.rest.PasswordHash} is public: it makes the password
 * hashes that the user configuration {@code org.civichub.rest.users} requires.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.rest;

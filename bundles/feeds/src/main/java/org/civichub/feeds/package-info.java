/** The channels back to the departments: what each is entitled to, and its feed of changes. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.civichub.feeds;

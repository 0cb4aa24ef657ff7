package org.civichub.rest;

import java.net.URL;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Static files the hub serves beside its API, on the same origin, under {@code /<path>/}: a web UI
 * whose pages read everything through the API. The bundle that holds the files registers this as
 * an OSGi service; the files are served without credentials, as they hold no data.
 */
@ConsumerType
public interface WebContent {

    /** The first path segment the files are served under, e.g. {@code ui}. */
    String path();

    /**
     * The file at {@code relativePath} (no leading slash, segments already checked: no {@code ..},
     * no dot-files), or empty when there is none.
     */
    Optional<URL> file(String relativePath);
}

package org.civichub.rest.internal.view;

import java.util.List;

/**
 * Who is logged in: the user, their roles and scope, and, for a browser session, the CSRF token its
 * page sends back in {@code X-CSRF-Token} with every change and how long the session may stay idle.
 */
public record SessionView(String user, List<String> roles, List<String> scope, String csrfToken,
                          Long idleTimeoutSeconds) {
}

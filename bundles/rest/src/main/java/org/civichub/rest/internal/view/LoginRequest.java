package org.civichub.rest.internal.view;

/** A browser's login: a user's name and password. */
public record LoginRequest(String user, String password) {
}

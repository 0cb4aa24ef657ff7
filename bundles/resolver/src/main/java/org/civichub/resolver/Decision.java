package org.civichub.resolver;

/** What a score says about a pair of identities: the same person, a pair for a person to look at, or not. */
public enum Decision {
    /** The score reaches {@code threshold.link}: the same person. */
    LINK,
    /** The score reaches {@code threshold.review} but not {@code threshold.link}: a person should decide. */
    REVIEW,
    /** The score is below {@code threshold.review}: different persons. */
    NEW
}

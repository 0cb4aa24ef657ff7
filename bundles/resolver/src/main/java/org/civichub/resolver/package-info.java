/**
 * Record linkage for residents: which records, from police, health, civil affairs and labour, are about the
 * same person.
 *
 * <p>An {@link org.civichub.resolver.Identity} is what a record says about who someone is; it is
 * {@link org.civichub.resolver.Prepared prepared} once, then {@link org.civichub.resolver.BlockingKey blocking
 * keys} find candidates and a {@link org.civichub.resolver.MatchModel} scores pairs by Fellegi–Sunter weights of
 * {@link org.civichub.resolver.FieldComparator comparator} levels. {@link org.civichub.resolver.Em} estimates the
 * model's probabilities from unlabelled pairs. Plain Java, no services: the pipeline wires it.
 */
package org.civichub.resolver;

package org.civichub.resolver;

/**
 * What one comparator saw in a pair: the agreement level and its weight, log2(m/u) ({@code "missing"} and 0
 * when either side lacks the value).
 *
 * @param comparator the comparator's configuration name, e.g. {@code id}
 * @param level      the level name, e.g. {@code exact}, or {@code missing}
 * @param weight     the weight the level adds to the score
 */
public record Evidence(String comparator, String level, double weight) {
}

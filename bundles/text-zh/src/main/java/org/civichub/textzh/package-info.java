/**
 * Chinese text for search and matching: width, whitespace and middle-dot normalization, traditional to
 * simplified conversion, and name-aware pinyin.
 *
 * <p>Everything here is a pure, thread-safe function of its input. The dictionaries behind pinyin and
 * simplification load once, on first use; that first call takes a few hundred milliseconds.
 */
package org.civichub.textzh;

package io.shenbao.rules.read.roster;

/**
 * A cell as the file holds it, before interpretation.
 *
 * @param column 0-based column
 * @param text the value as text (a number's plain digits, a formula's cached value)
 * @param number true when the file stores a number (not text that looks like one)
 * @param error true for an Excel error value such as {@code #REF!}
 */
public record RawCell(int column, String text, boolean number, boolean error) {}

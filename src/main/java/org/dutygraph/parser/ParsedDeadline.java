package org.dutygraph.parser;

/**
 * A deadline a clause sets: 4月底前, 一季度, 夏季前, 汛前, 年底前.
 *
 * @param text  the deadline as written (4月底前)
 * @param kind  how it is expressed
 * @param month the month by whose end it falls due, when the text says so (4月底前 → 4, 一季度 → 3, 年底前 → 12);
 *              null for seasons and other dates the text leaves open (夏季前, 汛前)
 */
public record ParsedDeadline(String text, Kind kind, Integer month) {
    public enum Kind { MONTH, QUARTER, SEASON, YEAR_END }
}

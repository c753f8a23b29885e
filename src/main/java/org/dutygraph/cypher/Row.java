package org.dutygraph.cypher;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import java.util.List;

/**
 * One row of a named query, or one node or map inside it, read by column name. The driver's types stop here: the
 * graph model and the features read rows through this and never see a {@code Record}, {@code Node} or {@code Value}.
 * A missing column and a null read the same (null, an empty list, or the fallback given).
 */
public final class Row {

    private final MapAccessor values;

    Row(MapAccessor values) {
        this.values = values;
    }

    private Value get(String key) {
        return values.get(key);
    }

    public boolean isNull(String key) {
        return get(key).isNull();
    }

    /** The text in {@code key}, or null. */
    public String text(String key) {
        return text(key, null);
    }

    public String text(String key, String fallback) {
        Value v = get(key);
        return v.isNull() ? fallback : v.asString();
    }

    public int integer(String key) {
        return get(key).asInt();
    }

    public int integer(String key, int fallback) {
        Value v = get(key);
        return v.isNull() ? fallback : v.asInt();
    }

    /** The integer in {@code key}, or null. */
    public Integer integerOrNull(String key) {
        Value v = get(key);
        return v.isNull() ? null : v.asInt();
    }

    public long count(String key) {
        return get(key).asLong();
    }

    public double number(String key) {
        return get(key).asDouble();
    }

    public double number(String key, double fallback) {
        Value v = get(key);
        return v.isNull() ? fallback : v.asDouble();
    }

    /** The number in {@code key}, or null. */
    public Double numberOrNull(String key) {
        Value v = get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public boolean flag(String key) {
        return get(key).asBoolean();
    }

    public boolean flag(String key, boolean fallback) {
        Value v = get(key);
        return v.isNull() ? fallback : v.asBoolean();
    }

    /** The list of texts in {@code key}; empty when null. */
    public List<String> texts(String key) {
        return get(key).asList(Value::asString, List.of());
    }

    /** The node or map in {@code key}, or null. */
    public Row row(String key) {
        Value v = get(key);
        return v.isNull() ? null : new Row(v);
    }

    /** The nodes or maps listed in {@code key}; empty when null. */
    public List<Row> rows(String key) {
        return get(key).asList(Row::new, List.of());
    }

    /** The date in {@code key} as ISO-8601 (2021-03-05), or null. */
    public String date(String key) {
        Value v = get(key);
        return v.isNull() ? null : v.asLocalDate().toString();
    }

    /** The zoned date-time in {@code key} as an ISO-8601 offset date-time, or null. */
    public String dateTime(String key) {
        Value v = get(key);
        return v.isNull() ? null : v.asZonedDateTime().toOffsetDateTime().toString();
    }

    @Override
    public String toString() {
        return values.asMap().toString();
    }
}

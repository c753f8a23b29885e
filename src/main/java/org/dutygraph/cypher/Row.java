package org.dutygraph.cypher;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import java.util.List;
import java.util.function.Function;

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

    /** The value in {@code key} read by {@code as}, or {@code fallback} when it is null or missing. */
    private <T> T read(String key, T fallback, Function<Value, T> as) {
        Value v = get(key);
        return v.isNull() ? fallback : as.apply(v);
    }

    /** The text in {@code key}, or null. */
    public String text(String key) {
        return text(key, null);
    }

    public String text(String key, String fallback) {
        return read(key, fallback, Value::asString);
    }

    public int integer(String key) {
        return get(key).asInt();
    }

    public int integer(String key, int fallback) {
        return read(key, fallback, Value::asInt);
    }

    /** The integer in {@code key}, or null. */
    public Integer integerOrNull(String key) {
        return read(key, null, Value::asInt);
    }

    public long count(String key) {
        return get(key).asLong();
    }

    public double number(String key) {
        return get(key).asDouble();
    }

    public double number(String key, double fallback) {
        return read(key, fallback, Value::asDouble);
    }

    /** The number in {@code key}, or null. */
    public Double numberOrNull(String key) {
        return read(key, null, Value::asDouble);
    }

    public boolean flag(String key) {
        return get(key).asBoolean();
    }

    public boolean flag(String key, boolean fallback) {
        return read(key, fallback, Value::asBoolean);
    }

    /** The list of texts in {@code key}; empty when null. */
    public List<String> texts(String key) {
        return get(key).asList(Value::asString, List.of());
    }

    /** The node or map in {@code key}, or null. */
    public Row row(String key) {
        return read(key, null, Row::new);
    }

    /** The nodes or maps listed in {@code key}; empty when null. */
    public List<Row> rows(String key) {
        return get(key).asList(Row::new, List.of());
    }

    /** The date in {@code key} as ISO-8601 (2021-03-05), or null. */
    public String date(String key) {
        return read(key, null, v -> v.asLocalDate().toString());
    }

    /** The zoned date-time in {@code key} as an ISO-8601 offset date-time, or null. */
    public String dateTime(String key) {
        return read(key, null, v -> v.asZonedDateTime().toOffsetDateTime().toString());
    }

    @Override
    public String toString() {
        return values.asMap().toString();
    }
}

package org.dutygraph.parser;

/** The text is not a responsibility document the parser can read; says what is wrong and where. */
public class ParseException extends RuntimeException {
    private final int line;
    private final String section;

    public ParseException(String message, int line, String section) {
        super(locate(message, line, section));
        this.line = line;
        this.section = section;
    }

    private static String locate(String message, int line, String section) {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line);
        }
        if (section != null) {
            where.append(where.isEmpty() ? "" : ", ").append("section ").append(section);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    /** 1-based line of the problem, 0 when it concerns the whole text. */
    public int line() {
        return line;
    }

    /** The section the problem is in, or null. */
    public String section() {
        return section;
    }
}

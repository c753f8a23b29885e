package org.dutygraph.genre;

/** The character forms the genre's texts mix: full-width and ASCII punctuation, ideographic and other spaces. */
public final class Characters {

    private Characters() {
    }

    /**
     * Full-width ASCII forms (（）：；，０-９ …) as ASCII and the other spaces (ideographic, no-break, en, em, thin) as a
     * space, one char for one char, so positions in the folded text are positions in the original.
     */
    public static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Spaces of every width, and the zero-width characters and byte-order marks scraped pages carry. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF'
                || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    /** {@code s} without any {@link #isSpace space}: a header cell or a 文号 compared whatever its spacing (序　号). */
    public static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@code s} without the {@link #isSpace spaces} at either end. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}

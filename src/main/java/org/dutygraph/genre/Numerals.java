package org.dutygraph.genre;

/**
 * Chinese numerals as the genre writes them in headings, articles and dates: 一 … 十六 … 二十五, 一百零三, 一千零二十, 两,
 * 〇 (up to 9999: a document numbers its sections, articles or rows no further).
 */
public final class Numerals {

    /** The characters a Chinese numeral is written with. */
    public static final String CHARACTERS = "零〇一二两三四五六七八九十百千";

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The value of an Arabic or Chinese numeral (4, 十六, 二十五, 一百零三, 一千零二十, 两), or -1 when it is neither. */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return -1;
        }
        if (numeral.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return numeral.length() > 6 ? -1 : Integer.parseInt(numeral);
        }
        int total = 0;
        int pending = -1; // a digit waiting for its 十 or 百
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                pending = digit;
            } else if (c == '十') {
                total += (pending < 0 ? 1 : pending) * 10;
                pending = -1;
            } else if (c == '百') {
                total += (pending < 0 ? 1 : pending) * 100;
                pending = -1;
            } else if (c == '千') {
                total += (pending < 0 ? 1 : pending) * 1000;
                pending = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c);
        };
    }

    /** 1 → 一, 16 → 十六, 25 → 二十五, 103 → 一百零三, 1020 → 一千零二十 (1–9999), as headings write them. */
    public static String chinese(int value) {
        if (value <= 0 || value > 9999) {
            return String.valueOf(value);
        }
        StringBuilder out = new StringBuilder();
        int[] places = {1000, 100, 10, 1};
        String units = "千百十";
        boolean zero = false;
        for (int i = 0; i < places.length; i++) {
            int digit = value / places[i] % 10;
            if (digit == 0) {
                zero = !out.isEmpty();
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(digit == 1 && places[i] == 10 && out.isEmpty())) {
                out.append(DIGITS.charAt(digit)); // 十六, not 一十六; but 一百一十六
            }
            if (i < units.length()) {
                out.append(units.charAt(i));
            }
        }
        return out.toString();
    }
}

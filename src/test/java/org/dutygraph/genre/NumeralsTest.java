package org.dutygraph.genre;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumeralsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"一, 1", "十, 10", "十六, 16", "二十五, 25", "两, 2", "一百, 100", "一百零三, 103", "一百一十, 110",
            "一百一十一, 111", "九百九十九, 999", "一千, 1000", "一千零二十, 1020", "一千一百一十一, 1111",
            "九千九百九十九, 9999", "〇, 0", "12, 12"})
    void reads_the_numerals_headings_and_articles_are_numbered_with(String numeral, int value) {
        assertThat(Numerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"1, 一", "10, 十", "16, 十六", "25, 二十五", "100, 一百", "103, 一百零三", "110, 一百一十", "116, 一百一十六",
            "1000, 一千", "1001, 一千零一", "1020, 一千零二十", "1111, 一千一百一十一", "9999, 九千九百九十九", "10000, 10000"})
    void writes_a_number_as_a_heading_does_and_reads_it_back(int value, String numeral) {
        assertThat(Numerals.chinese(value)).isEqualTo(numeral);
        if (value <= 9999) {
            assertThat(Numerals.parse(numeral)).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @CsvSource({"'', -1", "十a, -1", "1234567, -1"})
    void anything_else_is_no_numeral(String text, int value) {
        assertThat(Numerals.parse(text)).isEqualTo(value);
    }
}

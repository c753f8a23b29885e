package org.dutygraph.genre;

import org.dutygraph.support.TestDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Finding a pattern only where it can start")
class StartCharsTest {

    /** Look-behind, ^ and an alternation, as the genre's label pattern has them. */
    private static final Pattern LABEL_LIKE = Pattern.compile(
            "(?<![第一二三])[一二三]、|\\(\\d{1,2}\\)|(?<=^|\\n)\\d\\t|第[一二三]条");
    private static final StartChars FIRST = StartChars.of("一二三(第0123456789");

    static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    static List<String> byStartChars(Pattern p, String text, StartChars first) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        int from = 0;
        while (StartChars.find(m, text, from, first::at)) {
            out.add(m.start() + ":" + m.group());
            from = m.end();
        }
        return out;
    }

    @Test
    void finds_what_find_finds_with_look_behinds_and_the_text_start() {
        String text = "1\t任务\n一、总则 二一、不是 (1)甲。第二条 乙\n2\t丙 第三条(12)";
        assertThat(byStartChars(LABEL_LIKE, text, FIRST)).isEqualTo(byFind(LABEL_LIKE, text))
                .containsExactly("0:1\t", "5:一、", "16:(1)", "21:第二条", "27:2\t", "31:第三条", "34:(12)");
    }

    @Test
    void finds_what_find_finds_in_random_text_and_in_documents() {
        Random random = new Random(7);
        String alphabet = "一二三第条、()0123\t\n甲乙 ";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(byStartChars(LABEL_LIKE, text, FIRST)).as(text).isEqualTo(byFind(LABEL_LIKE, text));
        }
        for (String name : List.of("changzhou-2021.txt", "tianning-2023.txt", "family/table-2023.txt")) {
            String text = TestDocuments.text(name).replace('（', '(').replace('）', ')');
            assertThat(byStartChars(LABEL_LIKE, text, FIRST)).as(name).isEqualTo(byFind(LABEL_LIKE, text))
                    .isNotEmpty();
        }
    }
}

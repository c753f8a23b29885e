package org.dutygraph.parser;

import org.dutygraph.model.Comparison;

import java.math.BigDecimal;

/**
 * A quantified target a clause sets: 源头替代项目30个, 降低20%以上, 每季度不少于1次.
 *
 * @param kind       what is counted: a number of things, a percentage, a measured quantity or a frequency
 * @param subject    what the number counts, as the text names it (源头替代项目, 年度噪声投诉量)
 * @param value      the number, scaled by 万/亿 where the text uses them (150万平方米 → 1500000)
 * @param unit       unit of {@code value}: 个, 家, 平方米, %, 次/季度 …
 * @param comparator ≥ for 以上/不少于/至少, ≤ for 以下/以内/不超过, = otherwise
 * @param change     DECREASE for 降低/削减/下降/减少, INCREASE for 提高/增长/增加, null when the number is a level
 * @param scope      territorial scope word in front of the target (全区, 全市 …), or null
 * @param raw        the text the target was read from, exactly as written
 */
public record ParsedTarget(Kind kind, String subject, BigDecimal value, String unit, Comparison comparator,
                     Change change, String scope, String raw) {

    public enum Kind { COUNT, MEASURE, PERCENT, FREQUENCY }

    public enum Change { INCREASE, DECREASE }
}

package org.dutygraph.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {

    @Test
    void equal_loads_have_no_spread() {
        Statistics s = Statistics.of(new double[]{3, 3, 3, 3});
        assertThat(s.gini()).isZero();
        assertThat(s.standardDeviation()).isZero();
        assertThat(s.maxMinRatio()).isEqualTo(1.0);
    }

    @Test
    void one_department_carrying_everything() {
        Statistics s = Statistics.of(new double[]{0, 0, 0, 12});
        assertThat(s.gini()).isCloseTo(0.75, within(1e-12)); // (n − 1) / n
        assertThat(s.maxMinRatio()).isNull();
        assertThat(s.median()).isZero();
    }

    @Test
    void gini_equals_the_mean_absolute_difference_over_twice_the_mean() {
        double[] v = {1, 2, 3, 10};
        double sum = 0;
        for (double a : v) {
            for (double b : v) {
                sum += Math.abs(a - b);
            }
        }
        double mean = 4;
        Statistics s = Statistics.of(v);
        assertThat(s.gini()).isCloseTo(sum / (2 * v.length * v.length * mean), within(1e-12));
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.coefficientOfVariation()).isCloseTo(Math.sqrt((9 + 4 + 1 + 36) / 4.0) / 4, within(1e-12));
    }
}

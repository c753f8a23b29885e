package org.dutygraph.analysis;

import java.util.Arrays;

/** Spread of a set of scores: mean, median, standard deviation, coefficient of variation, Gini, max/min. */
record Statistics(double mean, double median, double standardDeviation, double coefficientOfVariation, double gini,
                  Double maxMinRatio) {

    static Statistics of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Statistics(0, 0, 0, 0, 0, null);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = Arrays.stream(sorted).sum();
        double mean = sum / n;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double variance = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum() / n;
        double sd = Math.sqrt(variance);
        // Gini on sorted values: Σ (2i − n − 1) x_i / (n Σ x), i = 1..n — equal to Σ_i Σ_j |x_i − x_j| / (2 n² mean).
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        double gini = sum == 0 ? 0 : weighted / (n * sum);
        Double maxMin = sorted[0] == 0 ? null : sorted[n - 1] / sorted[0];
        return new Statistics(mean, median, sd, mean == 0 ? 0 : sd / mean, gini, maxMin);
    }
}

package io.boneregistry.outcomes.benchmark;

/**
 * The documented figure as the row shows it: [low, high], how the text gives it (a range, one
 * figure, a bound), which way is better, whether the text says what is worse, the source's
 * reference, the guideline's Italian sentence and a caution where the figure needs one.
 */
public record BenchmarkFigure(double low, double high, Direction direction, String source, Benchmark.Figure given,
                              boolean saysWhatIsWorse, String text, String caution) {

    static BenchmarkFigure of(Benchmark benchmark) {
        return new BenchmarkFigure(benchmark.low(), benchmark.high(), benchmark.direction(), benchmark.source(), benchmark.figure(),
                benchmark.saysWhatIsWorse(), benchmark.text(), benchmark.caution());
    }
}

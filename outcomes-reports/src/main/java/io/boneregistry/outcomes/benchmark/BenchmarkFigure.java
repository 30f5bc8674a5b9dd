package io.boneregistry.outcomes.benchmark;

public record BenchmarkFigure(double low, double high, Direction direction, String source) {

    static BenchmarkFigure of(Benchmark benchmark) {
        return new BenchmarkFigure(benchmark.low(), benchmark.high(), benchmark.direction(), benchmark.source());
    }
}

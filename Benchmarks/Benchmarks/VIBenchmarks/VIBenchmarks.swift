// Variational inference on the notebook's target (the 4-component Laplace
// mixture): SVI of a Gaussian (2000 Adam steps × 10 reparameterised draws),
// one exact (quadrature) ELBO evaluation with its gradient, the BFGS fit of a
// Gaussian on the exact ELBO, and the multistart search for every local optimum
// (65 Gaussian starts). Diagnostics that draw samples (PSIS k̂) are off.
//
//   swift package benchmark --target VIBenchmarks
import Benchmark
import VI

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(2),
        maxIterations: 200)

    Benchmark("SVI Gaussian 2000 steps × 10 samples") { benchmark, target in
        let svi = SVI(steps: 2000, samplesPerStep: 10, seed: 1)
        let start = try Gaussian(mu: 10, sigma: 1)
        for _ in benchmark.scaledIterations {
            blackHole(try svi.run(target, from: start))
        }
    } setup: {
        try LaplaceMixtureTarget.notebook()
    }

    Benchmark("exact ELBO + gradient, one Gaussian") { benchmark, target in
        let objective = ExactELBO(target: target)
        let q = try Gaussian(mu: 10, sigma: 3)
        for _ in benchmark.scaledIterations {
            blackHole(try objective.evaluate(q))
        }
    } setup: {
        try LaplaceMixtureTarget.notebook()
    }

    Benchmark("exact ELBO fit, Gaussian (BFGS + diagnostics)") { benchmark, vi in
        let start = try Gaussian(mu: 10, sigma: 1)
        for _ in benchmark.scaledIterations {
            blackHole(try vi.fitExact(from: start))
        }
    } setup: {
        VariationalInference(target: try LaplaceMixtureTarget.notebook(), paretoDraws: 0)
    }

    Benchmark(
        "multistart, 65 Gaussian starts",
        configuration: .init(maxDuration: .seconds(5), maxIterations: 20)
    ) { benchmark, vi in
        let starts = Multistart.gaussianStarts(for: vi.target)
        for _ in benchmark.scaledIterations {
            blackHole(try vi.multistart(starts))
        }
    } setup: {
        VariationalInference(target: try LaplaceMixtureTarget.notebook(), paretoDraws: 0)
    }
}

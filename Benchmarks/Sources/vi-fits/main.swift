// In-process timings (median of R runs) of the VI fits on the notebook's target:
// the Swift side of Peers/svi_numpy.py (and svi_numpyro.py).
//
//   vi-fits [STEPS=2000] [SAMPLES=10] [R=21]   -> one JSON line on standard output
//
// svi_s          SVI(steps, samplesPerStep, seed 1).run from N(10, 1): Adam on the
//                reparameterisation ELBO of a Gaussian, as the Python peers
// exact_fit_s    VariationalInference.fitExact from N(10, 1): BFGS on the quadrature
//                ELBO, then the diagnostics (log Z, both KLs; PSIS off)
// multistart_s   VariationalInference.multistart over Multistart.gaussianStarts (65)
import BenchmarkSupport
import VI

BenchmarkProgram.run { arguments in
    guard arguments.count <= 3 else { throw BenchmarkArgumentError.usage("vi-fits [STEPS=2000] [SAMPLES=10] [R=21]") }
    let steps = try arguments.count > 0 ? PointCount.parse(arguments[0]) : 2000
    let samples = try arguments.count > 1 ? PointCount.parse(arguments[1]) : 10
    let runs = try arguments.count > 2 ? PointCount.parse(arguments[2]) : 21

    let target = try LaplaceMixtureTarget.notebook()
    let start = try Gaussian(mu: 10, sigma: 1)
    let svi = SVI(steps: steps, samplesPerStep: samples, seed: 1)
    let (sviSeconds, outcome) = try Stopwatch.median(runs: runs) { try svi.run(target, from: start) }
    let fitted = try start.with(unconstrainedParameters: outcome.parameters)

    let vi = VariationalInference(target: target, paretoDraws: 0)
    let (exactSeconds, exact) = try Stopwatch.median(runs: runs) { try vi.fitExact(from: start) }
    let starts = Multistart.gaussianStarts(for: target)
    let (multistartSeconds, found) = try Stopwatch.median(runs: max(runs / 4, 1)) { try vi.multistart(starts) }

    var report = TimingReport(script: "vi-fits")
    report.record(steps, as: "steps")
    report.record(samples, as: "samples")
    report.record(runs, as: "runs")
    report.record(sviSeconds, as: "svi_s")
    report.record(fitted.mu, as: "svi_mu")
    report.record(fitted.sigma, as: "svi_sigma")
    report.record(exactSeconds, as: "exact_fit_s")
    report.record(exact.elbo, as: "exact_elbo")
    report.record(multistartSeconds, as: "multistart_s")
    report.record(starts.count, as: "multistart_starts")
    report.record(found.optima.count, as: "multistart_optima")
    print(report.json)
}

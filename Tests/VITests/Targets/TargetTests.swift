import Foundation
import Testing
import Stats
@testable import VI

@Suite struct TargetTests {
    let fixtures = VIFixtures.shared

    /// The target's components are numpy's draws for SEED 2314, bit for bit.
    @Test func notebookComponentsMatchNumpy() throws {
        let target = try LaplaceMixtureTarget.notebook()
        #expect(target.mixture.components.map(\.location) == fixtures.components.means)
        #expect(target.mixture.components.map(\.scale) == fixtures.components.scales)
        #expect(target.mixture.weights == [0.25, 0.25, 0.25, 0.25])
        #expect(target.kinks == fixtures.components.means)
    }

    /// The fast closed form agrees with the generic Stats mixture, and its
    /// derivative with central finite differences away from the kinks.
    @Test func closedFormLogDensityAndDerivative() throws {
        let target = try LaplaceMixtureTarget.notebook()
        for x in stride(from: -30.0, through: 50.0, by: 0.37) {
            let (value, slope) = target.logDensityAndDerivative(x)
            #expect(abs(value - target.mixture.logDensity(x)) < 1e-12 * max(1, abs(value)))
            let h = 1e-6
            let numeric = (target.logDensity(x + h) - target.logDensity(x - h)) / (2 * h)
            if target.kinks.allSatisfy({ abs($0 - x) > 1e-3 }) {
                #expect(abs(slope - numeric) < 1e-6 * max(1, abs(slope)))
            }
        }
        #expect(target.logDensity(1e6).isFinite)
    }

    @Test func logNormalizerKnownAndByQuadrature() throws {
        let target = try LaplaceMixtureTarget.notebook()
        #expect(try target.logNormalizer() == 0)
        #expect(abs(fixtures.target_log_normalizer) < 1e-12)
        // The same target, unnormalised by an arbitrary factor, through a closure.
        let shift = 3.7
        let unnormalised = FunctionTarget(kinks: target.kinks, featurePoints: target.featurePoints) { x in
            target.logDensity(x) + shift
        }
        #expect(abs(try unnormalised.logNormalizer() - shift) < 1e-10)
        // A standard normal kernel: log √(2π).
        let kernel = FunctionTarget { x in -0.5 * x * x }
        #expect(abs(try kernel.logNormalizer() - 0.5 * log(2 * Double.pi)) < 1e-10)
    }

    @Test func entropyOfTheTargetMatchesScipy() throws {
        let target = try LaplaceMixtureTarget.notebook()
        #expect(abs(try target.mixture.entropy() - fixtures.target_entropy) < 1e-9)
    }

    @Test func unnormalisableTargetIsAnError() {
        let flat = FunctionTarget { _ in 0 }
        #expect(throws: VIError.self) { try flat.logNormalizer() }
    }
}

import Testing
import Foundation
import Stats
@testable import VI

@Suite struct Scratch {
    @Test func explore() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let vi = VariationalInference(target: target)
        let t0 = Date()
        let found = try vi.multistart(Multistart.gaussianStarts(for: target))
        print(found, Date().timeIntervalSince(t0))
        let t1 = Date()
        let e = try vi.fitExact(from: try Gaussian(mu: 10, sigma: 1))
        print(e, Date().timeIntervalSince(t1))
        let s = try vi.fitStochastic(from: try Gaussian(mu: 10, sigma: 1), svi: SVI(seed: 1))
        print(s)
        print(try vi.momentMatchedGaussian())
    }
}

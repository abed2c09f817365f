import Foundation
import Testing
import TestSupport

@testable import Stats

/// The fixtures written by Fixtures/generate_kde_fixtures.py (scipy 1.17.1, seaborn 0.13.2, KDEpy 1.1.12).
enum KDEFixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type) -> T {
        FixtureFile.load(name, as: type, from: .module)
    }

    static let seabornCases: [SeabornCase] = load("kde_seaborn_cases.json", as: [SeabornCase].self)
    static let isjCases: [ISJCase] = load("kde_isj_cases.json", as: [ISJCase].self)

    /// One data set fitted and evaluated as seaborn's `_statistics.KDE` does.
    struct SeabornCase: Decodable, CustomTestStringConvertible {
        let name: String
        let data: [Double]
        let weights: [Double]?
        let rule: BandwidthRule
        let bwAdjust: Double
        let cut: Double
        let gridsize: Int
        let clip: ClosedRange<Double>?
        let neff, factor, dataVariance, kernelSigma, covarianceBandwidth: Double
        let grid, density, cumulative: [Double]
        let offGridPoints, offGridDensity, cdfFromMinusInfinity: [Double]

        var testDescription: String { name }

        enum CodingKeys: String, CodingKey {
            case name, data, weights, cut, gridsize, clip, neff, factor, grid, density, cumulative
            case bwMethod = "bw_method", bwAdjust = "bw_adjust", dataVariance = "data_variance"
            case kernelSigma = "kernel_sigma", covarianceBandwidth = "covariance_bandwidth"
            case offGridPoints = "off_grid_points", offGridDensity = "off_grid_density"
            case cdfFromMinusInfinity = "cdf_from_minus_infinity"
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            data = try c.decode([Double].self, forKey: .data)
            weights = try c.decodeIfPresent([Double].self, forKey: .weights)
            if let scalar = try? c.decode(Double.self, forKey: .bwMethod) {
                rule = .factor(scalar)
            } else {
                rule = try c.decode(String.self, forKey: .bwMethod) == "silverman" ? .silverman : .scott
            }
            bwAdjust = try c.decode(Double.self, forKey: .bwAdjust)
            cut = try c.decode(Double.self, forKey: .cut)
            gridsize = try c.decode(Int.self, forKey: .gridsize)
            let bounds = try c.decodeIfPresent([Double?].self, forKey: .clip)
            clip = bounds.map { ($0[0] ?? -.infinity)...($0[1] ?? .infinity) }
            neff = try c.decode(Double.self, forKey: .neff)
            factor = try c.decode(Double.self, forKey: .factor)
            dataVariance = try c.decode(Double.self, forKey: .dataVariance)
            kernelSigma = try c.decode(Double.self, forKey: .kernelSigma)
            covarianceBandwidth = try c.decode(Double.self, forKey: .covarianceBandwidth)
            grid = try c.decode([Double].self, forKey: .grid)
            density = try c.decode([Double].self, forKey: .density)
            cumulative = try c.decode([Double].self, forKey: .cumulative)
            offGridPoints = try c.decode([Double].self, forKey: .offGridPoints)
            offGridDensity = try c.decode([Double].self, forKey: .offGridDensity)
            cdfFromMinusInfinity = try c.decode([Double].self, forKey: .cdfFromMinusInfinity)
        }
    }

    /// One KDEpy `improved_sheather_jones` result (`bandwidth == nil` when KDEpy raised).
    struct ISJCase: Decodable, CustomTestStringConvertible {
        let name: String
        let data: [Double]
        let weights: [Double]?
        let bandwidth: Double?
        var testDescription: String { name }
    }

    struct DCTCase: Decodable {
        let input: [Double]
        let output: [Double]
    }
}

/// The largest `|a − b| / |b|` over paired arrays (0 where both are 0).
func maximumRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
    zip(actual, expected).map { a, b in a == b ? 0 : abs(a - b) / abs(b) }.max() ?? 0
}

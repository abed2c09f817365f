import Foundation
import Testing

@testable import Stats

/// The transforms behind the ISJ bandwidth: the DCT against scipy.fftpack and
/// the FFT against the direct sum.
@Suite("KDE transforms: FFT and DCT")
struct KDETransformTests {
    @Test func dctMatchesScipyFftpack() throws {
        let fixture = KDEFixtures.load("kde_dct.json", as: KDEFixtures.DCTCase.self)
        let output = DiscreteCosineTransform.typeTwo(fixture.input)
        let scale = fixture.output.map(abs).max() ?? 1
        #expect(output.count == fixture.output.count)
        #expect(zip(output, fixture.output).allSatisfy { abs($0 - $1) <= 1e-13 * scale })
    }

    @Test func fftMatchesDirectTransformAndInverts() {
        let count = 64
        let signal = (0..<count).map { sin(Double($0) * 0.7) + Double($0 % 5) }
        var real = signal, imaginary = [Double](repeating: 0, count: count)
        let fft = RadixTwoFFT(log2Size: 6)
        fft.forward(real: &real, imaginary: &imaginary)
        for k in [0, 1, 7, 31, 32, 63] {
            var directReal = 0.0, directImaginary = 0.0
            for (j, value) in signal.enumerated() {
                let angle = -2 * Double.pi * Double(j * k) / Double(count)
                directReal += value * cos(angle)
                directImaginary += value * sin(angle)
            }
            #expect(abs(real[k] - directReal) < 1e-12)
            #expect(abs(imaginary[k] - directImaginary) < 1e-12)
        }
        fft.inverse(real: &real, imaginary: &imaginary)
        #expect(zip(real, signal).allSatisfy { abs($0 - $1) < 1e-13 })
        #expect(imaginary.allSatisfy { abs($0) < 1e-13 })
    }
}

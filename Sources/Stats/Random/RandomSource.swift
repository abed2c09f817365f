/// A stream of random variates from which every distribution samples.
///
/// ``RandomState`` implements it bit for bit as numpy's legacy
/// `np.random.RandomState`, so that a sampler written against this protocol
/// reproduces numpy's draws when it consumes the stream in the same order.
public protocol RandomSource {
    /// A uniform double in [0, 1), as numpy's `random_sample()`.
    mutating func nextUniform() -> Double
    /// A standard normal variate, as numpy's legacy `standard_normal()`.
    mutating func nextStandardNormal() -> Double
}

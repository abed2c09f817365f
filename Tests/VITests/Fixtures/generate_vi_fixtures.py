"""Ground truth for the VI tests, computed independently of the Swift code.

Pinned versions: numpy 2.4.6, scipy 1.17.1 (Python 3).
Regenerate from the repository root with:

    python3 Tests/VITests/Fixtures/generate_vi_fixtures.py

It writes Tests/VITests/Fixtures/vi_fixtures.json containing
- the notebook target's Laplace components, from numpy's legacy RandomState
  (seed 2314, the notebook's calls in order);
- the ELBO of Gaussians N(mu, sigma^2) at a few points, by scipy.integrate.quad
  with points= at the Laplace kinks;
- the ELBO of one two-component Gaussian mixture, by quad;
- E_q[log p] for a narrow q by 10-point Gauss-Hermite alone and by quad
  with the kinks as points (Gauss-Hermite is off by more than 1e-4);
- every local optimum of the Gaussian-family ELBO, by scipy.optimize
  (Nelder-Mead from a grid, then polished), with KL(p||q) for each;
- the moment-matched Gaussian (forward KL) and its KL(p||q), by quad;
- PSIS k-hat for fixed sets of log importance ratios, from a port of arviz's
  psislw / _gpdfit / _gpinv (arviz is not installed here; the port follows
  arviz 0.2x arviz/stats/stats.py line by line).
"""
import json
import math
import os

import numpy as np
from scipy import integrate, optimize

SEED, N, K = 2314, 200, 4


def notebook_components():
    rng = np.random.RandomState(SEED)
    source = rng.randint(0, K, N)
    means, scales = [], []
    for i in range(K):
        means.append(20 * rng.random_sample())
        scales.append(3 * rng.random_sample())
        idxs = np.where(source == i)
        rng.laplace(means[-1], scales[-1], len(idxs[0]))  # the intended draw
    return np.array(means), np.array(scales)


M, B = notebook_components()
LOG_C = np.log(1.0 / K) - np.log(2 * B)


def log_p(x):
    a = LOG_C - np.abs(x - M) / B
    top = a.max()
    return top + math.log(np.exp(a - top).sum())


def p(x):
    return math.exp(log_p(x))


SQRT_2PI = math.sqrt(2 * math.pi)


def gaussian_expectation(f, mu, sigma):
    """E_{N(mu, sigma^2)}[f] by quad in z over [-40, 40] with the kinks as points."""
    kinks = sorted(z for z in ((M - mu) / sigma).tolist() + [0.0] if -40 < z < 40)
    value, _ = integrate.quad(lambda z: math.exp(-0.5 * z * z) / SQRT_2PI * f(mu + sigma * z),
                              -40, 40, points=kinks, limit=500, epsabs=1e-14, epsrel=1e-13)
    return value


def elbo_gaussian(mu, sigma):
    return gaussian_expectation(log_p, mu, sigma) + 0.5 * math.log(2 * math.pi * math.e * sigma ** 2)


def target_expectation(f):
    lo, hi = M.min() - 60 * B.max(), M.max() + 60 * B.max()
    value, _ = integrate.quad(lambda x: p(x) * f(x), lo, hi, points=sorted(M.tolist()),
                              limit=1000, epsabs=1e-14, epsrel=1e-13)
    return value


def normal_logpdf(x, mu, sigma):
    return -0.5 * ((x - mu) / sigma) ** 2 - math.log(sigma * SQRT_2PI)


def forward_kl_gaussian(mu, sigma):
    return target_expectation(lambda x: log_p(x) - normal_logpdf(x, mu, sigma))


def mixture_logpdf(x, weights, means, sigmas):
    terms = [math.log(w) + normal_logpdf(x, m, s) for w, m, s in zip(weights, means, sigmas)]
    top = max(terms)
    return top + math.log(sum(math.exp(t - top) for t in terms))


def elbo_mixture(weights, means, sigmas):
    return sum(w * gaussian_expectation(lambda x: log_p(x) - mixture_logpdf(x, weights, means, sigmas), m, s)
               for w, m, s in zip(weights, means, sigmas))


def gauss_hermite_case(mu, sigma):
    nodes, weights = np.polynomial.hermite_e.hermegauss(10)
    weights = weights / weights.sum()
    hermite = float(sum(w * log_p(mu + sigma * z) for z, w in zip(nodes, weights)))
    return dict(mu=mu, sigma=sigma, nodes=nodes.tolist(), weights=weights.tolist(),
                hermite=hermite, quad=gaussian_expectation(log_p, mu, sigma))


def gaussian_optima():
    found = []
    for mu0 in np.linspace(-4, 24, 8):
        for sigma0 in (0.3, 1.0, 5.0):
            r = optimize.minimize(lambda t: -elbo_gaussian(t[0], math.exp(t[1])), [mu0, math.log(sigma0)],
                                  method="Nelder-Mead",
                                  options=dict(xatol=1e-10, fatol=1e-14, maxiter=5000))
            if not any(abs(r.x[0] - f[0]) < 1e-3 and abs(r.x[1] - f[1]) < 1e-3 for f in found):
                found.append(r.x)
    optima = []
    for x in found:
        # Polish with Powell's method from the Nelder-Mead point.
        r = optimize.minimize(lambda t: -elbo_gaussian(t[0], math.exp(t[1])), x, method="Powell",
                              options=dict(xtol=1e-10, ftol=1e-15))
        mu, sigma = float(r.x[0]), float(math.exp(r.x[1]))
        elbo = elbo_gaussian(mu, sigma)
        optima.append(dict(mu=mu, sigma=sigma, elbo=elbo, kl=-elbo, forward_kl=forward_kl_gaussian(mu, sigma)))
    return sorted(optima, key=lambda o: -o["elbo"])


# --- PSIS, ported from arviz (psislw, _psislw, _gpdfit, _gpinv) -------------

def _gpdfit(ary):
    prior_bs, prior_k = 3, 10
    n = len(ary)
    m_est = 30 + int(n ** 0.5)
    b_ary = 1 - np.sqrt(m_est / (np.arange(1, m_est + 1, dtype=float) - 0.5))
    b_ary /= prior_bs * ary[int(n / 4 + 0.5) - 1]
    b_ary += 1 / ary[-1]
    k_ary = np.log1p(-b_ary[:, None] * ary).mean(axis=1)
    len_scale = n * (np.log(-(b_ary / k_ary)) - k_ary - 1)
    weights = 1 / np.exp(len_scale - len_scale[:, None]).sum(axis=1)
    real_idxs = weights >= 10 * np.finfo(float).eps
    if not np.all(real_idxs):
        weights = weights[real_idxs]
        b_ary = b_ary[real_idxs]
    weights /= weights.sum()
    b_post = np.sum(b_ary * weights)
    k_post = np.log1p(-b_post * ary).mean()
    sigma = -k_post / b_post
    k_post = (n * k_post + prior_k * 0.5) / (n + prior_k)
    return k_post, sigma


def _gpinv(probs, kappa, sigma):
    if sigma <= 0:
        return np.full_like(probs, np.nan)
    if np.abs(kappa) < np.finfo(float).eps:
        return -np.log1p(-probs) * sigma
    return np.expm1(-kappa * np.log1p(-probs)) / kappa * sigma


def psislw(log_weights, reff=1.0):
    x = np.array(log_weights, dtype=float)
    n_samples = len(x)
    cutoff_ind = -int(np.ceil(min(n_samples / 5.0, 3 * (n_samples / reff) ** 0.5))) - 1
    cutoffmin = np.log(np.finfo(float).tiny)
    x -= np.max(x)
    x_sort_ind = np.argsort(x)
    xcutoff = max(x[x_sort_ind[cutoff_ind]], cutoffmin)
    expxcutoff = np.exp(xcutoff)
    (tailinds,) = np.where(x > xcutoff)
    x_tail = x[tailinds]
    tail_len = len(x_tail)
    if tail_len <= 4:
        k = np.inf
    else:
        x_tail_si = np.argsort(x_tail)
        x_tail = np.exp(x_tail) - expxcutoff
        k, sigma = _gpdfit(x_tail[x_tail_si])
        if np.isfinite(k):
            sti = np.arange(0.5, tail_len) / tail_len
            smoothed_tail = np.log(_gpinv(sti, k, sigma) + expxcutoff)
            x[tailinds[x_tail_si]] = smoothed_tail
            x[x > 0] = 0
    top = x.max()
    x -= top + np.log(np.exp(x - top).sum())
    return x, k


def psis_cases(global_optimum):
    rng = np.random.RandomState(20180101)
    mu, sigma = global_optimum["mu"], global_optimum["sigma"]
    draws = rng.normal(mu, sigma, 1000)
    cases = {
        "notebook_target_vs_global_gaussian": [log_p(x) - normal_logpdf(x, mu, sigma) for x in draws],
        "heavy_tail_pareto": np.log(rng.pareto(0.8, 400) + 1).tolist(),
        "light_tail_normal": rng.standard_normal(300).tolist(),
    }
    out = []
    for name, log_ratios in cases.items():
        smoothed, k = psislw(log_ratios)
        out.append(dict(name=name, log_ratios=[float(v) for v in log_ratios], k=float(k),
                        smoothed_log_weights=[float(v) for v in smoothed]))
    return out


def main():
    optima = gaussian_optima()
    mean = target_expectation(lambda x: x)
    variance = target_expectation(lambda x: (x - mean) ** 2)
    mm_sigma = math.sqrt(variance)
    mix = dict(weights=[0.4, 0.6], means=[3.0, 18.0], sigmas=[1.5, 1.2])
    fixtures = dict(
        components=dict(means=M.tolist(), scales=B.tolist()),
        target_entropy=-target_expectation(log_p),
        target_log_normalizer=math.log(target_expectation(lambda x: 1.0)),
        elbo_points=[dict(mu=mu, sigma=s, elbo=elbo_gaussian(mu, s))
                     for mu, s in [(10.0, 1.0), (4.16, 0.3), (17.0, 2.0), (19.8, 0.25), (6.0, 8.0), (-3.0, 0.5)]],
        gauss_hermite=gauss_hermite_case(19.8, 0.25),
        mixture_elbo=dict(mix, elbo=elbo_mixture(mix["weights"], mix["means"], mix["sigmas"])),
        gaussian_optima=optima,
        moment_matching=dict(mu=mean, sigma=mm_sigma, forward_kl=forward_kl_gaussian(mean, mm_sigma),
                             elbo=elbo_gaussian(mean, mm_sigma)),
        psis=psis_cases(optima[0]),
    )
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vi_fixtures.json")
    with open(path, "w") as handle:
        json.dump(fixtures, handle, indent=1)
    print("wrote", path)
    for o in optima:
        print("optimum", o)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""SVI of a Gaussian q = N(mu, exp(log_sigma)) on the notebook's Laplace-mixture target,
in numpy: the same estimator and optimiser as VIPlot's SVI (reparameterisation gradient
from S standard-normal draws per step, Adam with lr 0.05, betas 0.9/0.999, eps 1e-8,
start N(10, 1), ascent on the ELBO, the Polyak average of the iterates of the second half,
noise from np.random.RandomState(1), the same legacy stream as VIPlot's RandomState(seed: 1)),
median of R runs.
Usage: python3 svi_numpy.py [STEPS=2000] [SAMPLES=10] [R=5]   -> one JSON line on stdout."""
import sys, os, time, json, statistics
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notebook_target import notebook_components, log_density_and_slope

steps = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
samples = int(sys.argv[2]) if len(sys.argv) > 2 else 10
R = int(sys.argv[3]) if len(sys.argv) > 3 else 5
means, scales = notebook_components()


def svi(seed=1):
    rng = np.random.RandomState(seed)
    theta = np.array([10.0, 0.0]); m = np.zeros(2); v = np.zeros(2); total = np.zeros(2); kept = 0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = rng.standard_normal(samples)
        sigma = np.exp(theta[1])
        _, slope = log_density_and_slope(theta[0] + sigma * z, means, scales)
        g = np.array([slope.mean(), (slope * z).mean() * sigma + 1.0])
        m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
        theta += lr * np.sqrt(1 - b2 ** t) / (1 - b1 ** t) * m / (np.sqrt(v) + eps)
        if t > 0.5 * steps:
            total += theta; kept += 1
    return total / kept if kept else theta


ts = []
for _ in range(R):
    s = time.perf_counter(); theta = svi(); ts.append(time.perf_counter() - s)
print(json.dumps({"script": "svi_numpy", "steps": steps, "samples": samples, "runs": R,
                  "svi_s": statistics.median(ts), "mu": theta[0], "sigma": float(np.exp(theta[1]))}))

#!/usr/bin/env python3
"""Fixtures for the numpy-compatible parts of Stats: RandomState, the notebook
data, and histogram bin edges / counts.

Pinned versions: numpy 2.4.6 (Python 3.11). Regenerate from the package root with
    python3 Tests/StatsTests/Fixtures/generate_numpy_fixtures.py
It writes numpy_random.json, numpy_notebook.json and histogram_*.json next to
itself. Floats are written by json.dumps (repr: shortest round-trip form).
"""
import json
import os
import sys

import numpy as np

assert np.__version__ == "2.4.6", f"fixtures are pinned to numpy 2.4.6, found {np.__version__}"

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, payload):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"))
    print("wrote", name, file=sys.stderr)


def floats(a):
    return [float(x) for x in np.asarray(a, dtype=float).ravel()]


def ints(a):
    return [int(x) for x in np.asarray(a).ravel()]


# ---------------------------------------------------------------- RandomState
RNG_SEEDS = [0, 2314, 4294967295]
RNG_COUNT = 1000


def random_streams(seed):
    """Each stream starts from a fresh np.random.seed(seed)."""
    out = {"seed": seed}

    def fresh():
        np.random.seed(seed)

    fresh(); out["random_sample"] = floats(np.random.random_sample(RNG_COUNT))
    fresh(); out["randint_0_4"] = ints(np.random.randint(0, 4, RNG_COUNT))
    fresh(); out["randint_m7_1000"] = ints(np.random.randint(-7, 1000, 200))
    fresh(); out["randint_0_2pow40"] = ints(np.random.randint(0, 2**40, 100))
    fresh(); out["randint_full"] = ints(np.random.randint(-2**63, 2**63 - 1, 50))
    fresh(); out["laplace_1.5_2"] = floats(np.random.laplace(1.5, 2.0, RNG_COUNT))
    fresh(); out["normal_3_0.5"] = floats(np.random.normal(3.0, 0.5, RNG_COUNT))
    fresh(); out["standard_normal"] = floats(np.random.standard_normal(RNG_COUNT))
    fresh(); out["uniform_m2_5"] = floats(np.random.uniform(-2.0, 5.0, RNG_COUNT))
    # Interleaved calls: the cached Box-Muller value survives other draws.
    fresh()
    mixed = []
    mixed += floats(np.random.standard_normal(3))
    mixed += floats(np.random.random_sample(2))
    mixed += floats([np.random.normal(10.0, 2.0)])
    mixed += floats([np.random.randint(0, 4)])
    mixed += floats(np.random.laplace(0.0, 1.0, 2))
    mixed += floats(np.random.standard_normal(1))
    mixed += floats([np.random.uniform(1.0, 2.0)])
    out["mixed"] = mixed
    return out


write("numpy_random.json", [random_streams(s) for s in RNG_SEEDS])


# -------------------------------------------------------------- notebook data
def notebook(intended, seed=2314, n=200, k=4):
    np.random.seed(seed)
    source_distr = np.random.randint(0, k, n)
    data = np.zeros(n)
    components = []
    for i in range(k):
        mean = 20 * np.random.random()
        scale = 3 * np.random.random()
        idxs = np.where(source_distr == i)
        laplacian_data = np.random.laplace(mean, scale, len(idxs[0]) if intended else len(idxs))
        data[idxs] = laplacian_data
        components.append({"mean": float(mean), "scale": float(scale),
                           "indices": ints(idxs[0]), "values": floats(laplacian_data)})
    return {"variant": "intended" if intended else "asWritten", "seed": seed, "count": n,
            "components_count": k, "assignments": ints(source_distr),
            "components": components, "data": floats(data)}


write("numpy_notebook.json", [notebook(True), notebook(False),
                              notebook(True, seed=7, n=50, k=3), notebook(False, seed=7, n=50, k=3)])

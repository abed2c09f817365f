#!/usr/bin/env python3
"""Fixtures for the numpy-compatible parts of Stats: RandomState, the notebook
data, and histogram bin edges / counts / heights.

Pinned versions: numpy 2.4.6, seaborn 0.13.2 (Python 3.11). Regenerate from the package root with
    python3 Tests/StatsTests/Fixtures/generate_numpy_fixtures.py
It writes numpy_random.json, numpy_notebook.json, histogram_numpy.json and
histogram_seaborn.json next to itself. Large data sets are not stored: their
recipe (a legacy RandomState seed and call) is, and the Swift tests regenerate
them with RandomState, whose bit-exactness numpy_random.json checks. Floats are written by json.dumps (repr: shortest round-trip form).
"""
import json
import os
import sys

import numpy as np
import seaborn
from numpy.lib._histograms_impl import _get_outer_edges, _hist_bin_fd, _hist_bin_sturges
from seaborn._statistics import Histogram

assert np.__version__ == "2.4.6", f"fixtures are pinned to numpy 2.4.6, found {np.__version__}"
assert seaborn.__version__ == "0.13.2", f"fixtures are pinned to seaborn 0.13.2, found {seaborn.__version__}"

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, payload):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
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


# ------------------------------------------------------------------ histograms
RULES = ["auto", "fd", "sturges", "scott", "rice", "sqrt", "doane", "stone"]
FULL_EDGE_LIMIT = 400  # beyond this many bins only sampled edges are stored


def recipe_values(recipe):
    """Regenerate a recipe data set (the Swift side does the same with RandomState)."""
    rs = np.random.RandomState(recipe["seed"])
    kind, n = recipe["kind"], recipe["count"]
    if kind == "normal":
        return rs.normal(recipe["a"], recipe["b"], n)
    if kind == "laplace":
        return rs.laplace(recipe["a"], recipe["b"], n)
    if kind == "uniform":
        return rs.uniform(recipe["a"], recipe["b"], n)
    if kind == "randint":
        return rs.randint(int(recipe["a"]), int(recipe["b"]), n).astype(float)
    raise ValueError(kind)


def legacy_auto(a, range_):
    """numpy < 2.3's 'auto' (min(fd, sturges), sturges when fd == 0), built from
    numpy 2.4.6's own helpers and its _get_bin_edges steps."""
    first, last = _get_outer_edges(a, range_)
    if range_ is not None:
        a = a[(a >= first) & (a <= last)]
    if a.size == 0:
        nbins = 1
    else:
        fd, st = _hist_bin_fd(a, None), _hist_bin_sturges(a, None)
        width = min(fd, st) if fd else st
        nbins = int(np.ceil((last - first) / width)) if width else 1
    return np.linspace(first, last, nbins + 1), (first, last, nbins)


def histogram_case(a, bins, range_=None, weights=None, weights_recipe=None):
    spec = dict(bins)
    if "rule" in bins and bins["rule"] == "autoLegacy":
        edges, (first, last, nbins) = legacy_auto(a, range_)
        counts, _ = np.histogram(a, bins=nbins, range=(first, last))
        density, _ = np.histogram(a, bins=nbins, range=(first, last), density=True)
    elif "width" in bins:
        h = Histogram(binwidth=bins["width"], binrange=range_)
        kws = h.define_bin_params(a, weights=weights)
        counts, edges = np.histogram(a, **kws, weights=weights)
        density, _ = np.histogram(a, **kws, weights=weights, density=True)
    else:
        arg = bins.get("rule", bins.get("count", bins.get("edges")))
        edges = np.histogram_bin_edges(a, arg, range_, weights)
        counts, e2 = np.histogram(a, arg, range_, weights=weights)
        density, _ = np.histogram(a, arg, range_, weights=weights, density=True)
        assert np.array_equal(edges, e2)
    nb = len(edges) - 1
    case = {"bins": spec, "range": None if range_ is None else [float(range_[0]), float(range_[1])],
            "weights": weights_recipe, "bin_count": nb,
            "counts": floats(counts)}
    if nb <= FULL_EDGE_LIMIT:
        case["edges"] = floats(edges)
        # No value inside the bins: numpy's density is 0/0 = NaN; Swift throws instead.
        case["density"] = floats(density) if counts.sum() > 0 else None
    else:
        idx = sorted(set(np.linspace(0, nb, 60).astype(int).tolist()))
        case["edge_samples"] = [[i, float(edges[i])] for i in idx]
    return case


def cases_for(a, weighted=False, seed_for_weights=None):
    out = [histogram_case(a, {"rule": r}) for r in RULES + ["autoLegacy"]]
    out += [histogram_case(a, {"count": k}) for k in (1, 7, 30)]
    lo, hi = np.percentile(a, [10, 90])
    if hi > lo:
        rng = (float(lo), float(hi))
        out += [histogram_case(a, {"rule": r}, rng) for r in ("auto", "fd", "autoLegacy", "sturges")]
        out.append(histogram_case(a, {"count": 10}, rng))
        out.append(histogram_case(a, {"width": float((hi - lo) / 6.3)}, rng))
    ptp = float(np.ptp(a))
    widths = [ptp / 13.3, ptp / 7] if ptp > 0 else [0.25]
    out += [histogram_case(a, {"width": w}) for w in widths]
    qs = np.unique(np.percentile(a, [0, 15, 50, 80, 100]))
    if qs.size >= 2:
        out.append(histogram_case(a, {"edges": floats(qs)}))
    inner = np.linspace(np.percentile(a, 5), np.percentile(a, 95), 6)
    if inner[0] < inner[-1]:
        out.append(histogram_case(a, {"edges": floats(inner)}))
    if weighted:
        wr = {"seed": seed_for_weights, "low": 0.0, "high": 2.0}
        w = np.random.RandomState(seed_for_weights).uniform(0.0, 2.0, a.size)
        out.append(histogram_case(a, {"count": 12}, weights=w, weights_recipe=wr))
        out.append(histogram_case(a, {"width": widths[0]}, weights=w, weights_recipe=wr))
        if qs.size >= 2:
            out.append(histogram_case(a, {"edges": floats(qs)}, weights=w, weights_recipe=wr))
    return out


def explicit_sets():
    rs = np.random.RandomState(20240601)
    sets = {
        "normal_300": rs.normal(0, 1, 300),
        "lognormal_500": rs.lognormal(0, 1, 500),
        "multimodal_400": np.concatenate([rs.normal(-4, 0.5, 150), rs.normal(0, 1, 100), rs.normal(6, 0.8, 150)]),
        "cauchy_300": rs.standard_cauchy(300),
        "laplace_250": rs.laplace(2, 3, 250),
        "integer_ties_400": rs.randint(0, 10, 400).astype(float),
        "iqr_zero_301": np.concatenate([np.full(251, 5.0), rs.normal(5, 3, 50)]),
        "tiny_1": np.array([3.7]),
        "tiny_2": np.array([1.0, 2.5]),
        "tiny_3": np.array([0.1, -0.4, 2.2]),
        "constant_50": np.full(50, 2.5),
        "offset_large_200": rs.normal(1e6, 1e-3, 200),
        "uniform_1000": rs.uniform(-3, 3, 1000),
    }
    return sets


RECIPES = {
    "normal_20000": {"kind": "normal", "seed": 11, "count": 20000, "a": 0.0, "b": 1.0},
    "laplace_20000": {"kind": "laplace", "seed": 12, "count": 20000, "a": 3.0, "b": 2.0},
    "uniform_20000": {"kind": "uniform", "seed": 13, "count": 20000, "a": -5.0, "b": 5.0},
    "randint_ties_20000": {"kind": "randint", "seed": 14, "count": 20000, "a": 0, "b": 20},
    "normal_1000000": {"kind": "normal", "seed": 15, "count": 1000000, "a": 10.0, "b": 3.0},
}

datasets = []
for i, (name, values) in enumerate(explicit_sets().items()):
    datasets.append({"name": name, "values": floats(values),
                     "cases": cases_for(values, weighted=name in ("normal_300", "integer_ties_400"),
                                        seed_for_weights=99 + i)})
nb = notebook(True)
datasets.append({"name": "notebook_intended", "recipe": {"kind": "notebook"},
                 "cases": cases_for(np.array(nb["data"]))})
for name, recipe in RECIPES.items():
    a = recipe_values(recipe)
    cases = cases_for(a) if recipe["count"] <= 20000 else [
        histogram_case(a, {"rule": r}) for r in ("auto", "fd", "scott", "doane", "sturges")]
    datasets.append({"name": name, "recipe": recipe, "cases": cases})
write("histogram_numpy.json", datasets)


# ----------------------------------------------- seaborn statistics (heights)
def seaborn_cases():
    rs = np.random.RandomState(5)
    sets = {"normal_120": rs.normal(0, 2, 120), "notebook_intended": np.array(nb["data"])}
    out = []
    for name, a in sets.items():
        for bins in ({"rule": "auto"}, {"width": 0.7}, {"count": 9}):
            for stat in ("count", "frequency", "probability", "percent", "density"):
                for cumulative in (False, True):
                    kw = dict(stat=stat, cumulative=cumulative)
                    if "rule" in bins:
                        kw["bins"] = bins["rule"]
                    elif "width" in bins:
                        kw["binwidth"] = bins["width"]
                    else:
                        kw["bins"] = bins["count"]
                    heights, edges = Histogram(**kw)(a)
                    out.append({"data": name, "bins": bins, "stat": stat, "cumulative": cumulative,
                                "edges": floats(edges), "heights": floats(heights)})
    return {"data": {k: floats(v) for k, v in sets.items()}, "cases": out}


write("histogram_seaborn.json", seaborn_cases())


# ------------------------------------------------------------------- summaries
PERCENTILES = [0, 10, 25, 33.3, 50, 62.5, 75, 90, 99.9, 100]


def summary(name, a, recipe=None):
    out = {"name": name, "sum": float(np.sum(a)), "mean": float(np.mean(a)),
           "var0": float(np.var(a)), "std0": float(np.std(a)),
           "min": float(np.min(a)), "max": float(np.max(a)), "ptp": float(np.ptp(a)),
           "percentiles": floats(np.percentile(a, PERCENTILES)),
           "iqr": float(np.subtract(*np.percentile(a, [75, 25])))}
    if a.size > 1:
        out["var1"], out["std1"] = float(np.var(a, ddof=1)), float(np.std(a, ddof=1))
    if recipe is None:
        out["values"] = floats(a)
    else:
        out["recipe"] = recipe
    return out


summaries = [summary(k, v) for k, v in explicit_sets().items()]
summaries += [summary(k, recipe_values(r), r) for k, r in RECIPES.items()]
write("numpy_summary.json", {"percentiles": PERCENTILES, "datasets": summaries})

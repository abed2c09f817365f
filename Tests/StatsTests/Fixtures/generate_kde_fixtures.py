#!/usr/bin/env python3
"""Generate the Gaussian KDE fixtures (files kde_*.json) for StatsTests.

Pinned versions: numpy 2.4.6, scipy 1.17.1, seaborn 0.13.2, KDEpy 1.1.12.
KDEpy is only needed for kde_isj_cases.json; it was installed without touching
the other packages:

    pip download kdepy==1.1.12 --no-deps -d /tmp/kdepy_dl
    pip install --no-deps --target /tmp/kdepy_site /tmp/kdepy_dl/*.whl

Regenerate (from the repository root):

    PYTHONPATH=/tmp/kdepy_site python3 Tests/StatsTests/Fixtures/generate_kde_fixtures.py

Files:
* kde_seaborn_cases.json: data sets fitted with scipy.stats.gaussian_kde exactly as
  seaborn 0.13.2's `_statistics.KDE` does (bw_method, then set_bandwidth(factor * bw_adjust));
  the grid and density (and cumulative curve) are seaborn's own `KDE(...)(x, weights)` output.
* kde_isj_cases.json: KDEpy's `improved_sheather_jones` bandwidths (or the error it raises).
* kde_dct.json: scipy.fftpack.dct (type II, unnormalised) of a 1024-point vector.
"""
import json
import math
import os
import warnings

import numpy as np
import scipy
import scipy.fftpack
import seaborn
from scipy.stats import gaussian_kde
from seaborn._statistics import KDE

HERE = os.path.dirname(os.path.abspath(__file__))
assert np.__version__ == "2.4.6" and scipy.__version__ == "1.17.1" and seaborn.__version__ == "0.13.2"


def notebook_mixture():
    """The notebook's intended data (len(idxs[0]) draws per component)."""
    np.random.seed(2314)
    source = np.random.randint(0, 4, 200)
    data = np.zeros(200)
    for i in range(4):
        mean = 20 * np.random.random()
        scale = 3 * np.random.random()
        idxs = np.where(source == i)[0]
        data[idxs] = np.random.laplace(mean, scale, len(idxs))
    return data


def data_sets():
    rng = np.random.RandomState(20240501)
    mixture = notebook_mixture()
    return {
        "normal200": rng.normal(1.5, 2.0, 200),
        "laplace200": rng.laplace(-3.0, 0.7, 200),
        "mixture200": mixture,
        "lognormal150": rng.lognormal(0.0, 0.9, 150),
        "cauchy300": rng.standard_cauchy(300),
        "two": np.array([0.25, 1.75]),
        "three": np.array([-1.0, 0.5, 4.0]),
        "ties120": rng.randint(0, 6, 120).astype(float),
        "normal2000": rng.normal(0.0, 1.0, 2000),
        "tiny_range": 1e-6 * rng.normal(size=50) + 1000.0,
    }


def clip_arg(clip):
    return None if clip is None else [None if v is None else v for v in clip]


def seaborn_case(name, data, weights=None, bw_method="scott", bw_adjust=1.0, cut=3, gridsize=200, clip=None):
    kws = dict(bw_method=bw_method, bw_adjust=bw_adjust, cut=cut, gridsize=gridsize, clip=clip)
    density, grid = KDE(**kws)(data, weights=weights)
    cumulative, grid_c = KDE(cumulative=True, **kws)(data, weights=weights)
    assert np.array_equal(grid, grid_c)
    kde = gaussian_kde(data, bw_method=bw_method, weights=weights)
    kde.set_bandwidth(kde.factor * bw_adjust)
    off_grid = np.linspace(data.min() - 1.234, data.max() + 0.987, 37)
    return {
        "name": name,
        "data": data.tolist(),
        "weights": None if weights is None else np.asarray(weights, float).tolist(),
        "bw_method": bw_method,
        "bw_adjust": bw_adjust,
        "cut": cut,
        "gridsize": gridsize,
        "clip": clip_arg(clip),
        "neff": float(kde.neff),
        "factor": float(kde.factor),
        "data_variance": float(kde._data_covariance[0, 0]),
        "kernel_sigma": float(kde.cho_cov[0, 0]),
        "covariance_bandwidth": float(np.sqrt(kde.covariance[0, 0])),
        "grid": grid.tolist(),
        "density": density.tolist(),
        "cumulative": cumulative.tolist(),
        "off_grid_points": off_grid.tolist(),
        "off_grid_density": kde(off_grid).tolist(),
        "cdf_from_minus_infinity": [kde.integrate_box_1d(-np.inf, x) for x in off_grid],
    }


def seaborn_cases(sets):
    rng = np.random.RandomState(7)
    cases = [seaborn_case(name, data) for name, data in sets.items()]
    cases += [
        seaborn_case("normal200_silverman", sets["normal200"], bw_method="silverman"),
        seaborn_case("laplace200_factor0.3", sets["laplace200"], bw_method=0.3),
        seaborn_case("mixture200_adjust0.5", sets["mixture200"], bw_adjust=0.5),
        seaborn_case("mixture200_adjust2_silverman", sets["mixture200"], bw_method="silverman", bw_adjust=2.0),
        seaborn_case("lognormal150_clip0", sets["lognormal150"], clip=(0.0, None)),
        seaborn_case("normal200_clip", sets["normal200"], clip=(-1.0, 2.5)),
        seaborn_case("laplace200_cut0_grid50", sets["laplace200"], cut=0, gridsize=50),
        seaborn_case("normal200_weighted", sets["normal200"], weights=rng.uniform(0.1, 3.0, 200)),
        seaborn_case("ties120_weighted_adjust1.5", sets["ties120"], weights=rng.randint(1, 5, 120).astype(float),
                     bw_adjust=1.5),
    ]
    for i in range(4):  # the notebook's per-component distplot calls
        np.random.seed(2314)
        source = np.random.randint(0, 4, 200)
        for j in range(i + 1):
            mean, scale = 20 * np.random.random(), 3 * np.random.random()
            part = np.random.laplace(mean, scale, len(np.where(source == j)[0]))
        cases.append(seaborn_case(f"notebook_component{i}", part))
    return cases


def isj_cases(sets):
    from KDEpy.bw_selection import improved_sheather_jones
    import KDEpy
    assert KDEpy.__version__ == "1.1.12"
    rng = np.random.RandomState(99)
    inputs = [
        ("normal200", sets["normal200"], None),
        ("laplace200", sets["laplace200"], None),
        ("mixture200", sets["mixture200"], None),
        ("lognormal150", sets["lognormal150"], None),
        ("ties120", sets["ties120"], None),
        ("normal2000", sets["normal2000"], None),
        ("bimodal500", np.concatenate([rng.normal(-4, 0.5, 250), rng.normal(3, 1.5, 250)]), None),
        ("claw1000", np.concatenate([rng.normal(0, 1, 500)] + [rng.normal(k / 2 - 1, 0.1, 100) for k in range(5)]),
         None),
        ("small_range", 0.01 * rng.normal(size=300), None),
        ("wide_range", 1000.0 * rng.normal(size=300), None),
        ("normal200_weighted", sets["normal200"], rng.uniform(0.1, 3.0, 200)),
        ("mixture200_zero_weights", sets["mixture200"], np.where(np.arange(200) % 5 == 0, 0.0, 1.0)),
        ("three", sets["three"], None),
        ("two", sets["two"], None),
    ]
    cases = []
    for name, data, weights in inputs:
        case = {"name": name, "data": data.tolist(),
                "weights": None if weights is None else weights.tolist()}
        try:
            case["bandwidth"] = float(improved_sheather_jones(data.reshape(-1, 1), weights=weights))
        except ValueError as error:
            case["bandwidth"] = None
            case["error"] = str(error)
        cases.append(case)
    return cases


def dct_case():
    rng = np.random.RandomState(3)
    x = rng.normal(size=1024)
    return {"input": x.tolist(), "output": scipy.fftpack.dct(x).tolist()}


def write(name, payload):
    path = os.path.join(HERE, name)
    with open(path, "w") as handle:
        json.dump(payload, handle, separators=(",", ":"))
    print(f"{name}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    sets = data_sets()
    write("kde_seaborn_cases.json", seaborn_cases(sets))
    write("kde_isj_cases.json", isj_cases(sets))
    write("kde_dct.json", dct_case())

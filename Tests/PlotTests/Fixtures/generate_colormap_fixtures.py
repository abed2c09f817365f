#!/usr/bin/env python3
"""Generate the colour fixtures: colormap_tables.json, colormap_samples.json, color_norms.json and
color_names.json.

Pinned versions: matplotlib 3.11.2, seaborn 0.13.2, numpy 2.4.6, Python 3.11.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_colormap_fixtures.py

- colormap_tables.json: the lookup table cmap(np.arange(cmap.N)) of every built-in map, and of the
  reversed segmented maps, whose tables matplotlib remakes from reversed segments (a listed map's
  reversed table is its table backwards). RGB only: the generator checks every alpha is 1.
- colormap_samples.json: cmap(x) (RGBA) at floats including 0, 1, 1 - 1e-12, out of range and NaN,
  for every name Plot registers (aliases and reversed maps too), and resampled(n) tables.
- color_norms.json: Normalize, LogNorm and TwoSlopeNorm on sample values and their inverses. Data
  to autoscale to is masked with np.ma.masked_invalid first, as ScalarMappable.set_array does;
  the values mapped are passed unmasked. A masked result is written as null.
- color_names.json: to_rgba of every CSS4 name, the Tableau and base names, 'Cn' against the default
  and seaborn "deep" cycles, hex and grey strings; and strings matplotlib refuses.

Non-finite numbers are written as the strings "nan", "inf" and "-inf".
"""
import json
import math
import os

import matplotlib
import matplotlib.colors as mcolors
import numpy as np
import seaborn
import seaborn.cm  # noqa: F401  (registers rocket, mako, flare, crest, vlag, icefire)
from cycler import cycler

PINNED = {"matplotlib": "3.11.2", "seaborn": "0.13.2", "numpy": "2.4.6"}
HERE = os.path.dirname(os.path.abspath(__file__))

BUILT_IN = ["viridis", "plasma", "inferno", "magma", "cividis", "rocket", "mako", "flare", "crest", "vlag",
            "icefire", "Greys", "RdBu", "coolwarm", "gray", "grey", "Grays"]
TABLES = ["viridis", "plasma", "inferno", "magma", "cividis", "rocket", "mako", "flare", "crest", "vlag",
          "icefire", "Greys", "RdBu", "coolwarm", "gray", "Greys_r", "RdBu_r", "coolwarm_r", "gray_r"]
SAMPLES = [0.0, -0.0, 1.0, 1 - 1e-12, 1 - 1e-16, 0.5, 0.25, 1 / 3, 0.999, 0.001, 1 / 256, 255 / 256,
           -1e-12, -0.1, 1.1, 1 + 1e-12, math.nan, math.inf, -math.inf, 1e300]
RESAMPLED = [("viridis", 8), ("viridis_r", 5), ("rocket", 300), ("flare", 1), ("coolwarm", 7),
             ("coolwarm_r", 7), ("Greys", 1), ("RdBu", 2), ("gray", 3), ("gray_r", 1), ("icefire", 64)]
INVERSE_AT = [0.0, 0.25, 0.5, 0.75, 1.0, -0.5, 1.5, 1 / 3, math.nan]


def number(value):
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def masked(values):
    return [None if v is np.ma.masked else number(v) for v in values]


def dump(name, payload):
    with open(os.path.join(HERE, name), "w") as handle:
        json.dump(payload, handle, separators=(",", ":"))
        handle.write("\n")


def tables():
    result = {}
    for name in TABLES:
        cmap = matplotlib.colormaps[name]
        assert cmap.N == 256, name
        lut = cmap(np.arange(cmap.N))
        assert (lut[:, 3] == 1).all(), name
        result[name] = [[number(v) for v in row[:3]] for row in lut]
    return {"tables": result}


def samples():
    maps = {}
    for name in BUILT_IN + [n + "_r" for n in BUILT_IN]:
        cmap = matplotlib.colormaps[name]
        maps[name] = {"name": cmap.name, "colors": [[number(v) for v in cmap(x)] for x in SAMPLES],
                      "under": [number(v) for v in cmap.get_under()],
                      "over": [number(v) for v in cmap.get_over()],
                      "bad": [number(v) for v in cmap.get_bad()]}
    resampled = []
    for name, n in RESAMPLED:
        cmap = matplotlib.colormaps[name].resampled(n)
        resampled.append({"map": name, "count": n, "name": cmap.name,
                          "colors": [[number(v) for v in row] for row in cmap(np.arange(cmap.N))]})
    return {"x": [number(x) for x in SAMPLES], "maps": maps, "resampled": resampled}


NORMS = [
    {"name": "linear", "norm": "Normalize", "args": {"vmin": -1.0, "vmax": 1.0},
     "values": [-2, -1, -0.5, 0, 0.3, 1, 2, math.nan, math.inf, -math.inf]},
    {"name": "linear_clip", "norm": "Normalize", "args": {"vmin": -1.0, "vmax": 1.0, "clip": True},
     "values": [-2, -1, -0.5, 0, 0.3, 1, 2, math.nan, math.inf, -math.inf]},
    {"name": "linear_decimal", "norm": "Normalize", "args": {"vmin": 0.1, "vmax": 0.7},
     "values": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1 / 3]},
    {"name": "linear_autoscaled", "norm": "Normalize", "args": {},
     "data": [3, 1, math.nan, 7, math.inf, 2, -math.inf], "values": [0, 1, 2.5, 7, 8]},
    {"name": "linear_vmin_autoscaled", "norm": "Normalize", "args": {"vmax": 10.0},
     "data": [3, 1, 7], "values": [0, 1, 2.5, 10]},
    {"name": "linear_equal", "norm": "Normalize", "args": {"vmin": 2.0, "vmax": 2.0},
     "values": [1, 2, 3, math.nan, math.inf]},
    {"name": "log", "norm": "LogNorm", "args": {"vmin": 1.0, "vmax": 1000.0},
     "values": [-1, 0, 0.5, 1, 2, 10, 31.6, 999, 1000, 2000, math.nan, math.inf, -math.inf]},
    {"name": "log_clip", "norm": "LogNorm", "args": {"vmin": 1.0, "vmax": 1000.0, "clip": True},
     "values": [-1, 0, 0.5, 1, 2, 10, 31.6, 1000, 2000, math.nan, math.inf]},
    {"name": "log_decimal", "norm": "LogNorm", "args": {"vmin": 0.3, "vmax": 7.0},
     "values": [0.3, 0.5, 1, 3, 7, 0.1]},
    {"name": "log_autoscaled", "norm": "LogNorm", "args": {},
     "data": [0, -3, 0.01, 5, 200, math.nan, math.inf], "values": [0.01, 0.1, 1, 200, 0]},
    {"name": "log_equal", "norm": "LogNorm", "args": {"vmin": 5.0, "vmax": 5.0},
     "values": [1, 5, -1, math.nan]},
    {"name": "two_slope", "norm": "TwoSlopeNorm", "args": {"vcenter": 0.0, "vmin": -4000.0, "vmax": 10000.0},
     "values": [-4000, -2000, 0, 2500, 5000, 7500, 10000, -5000, 12000, 1e-300, math.nan, math.inf]},
    {"name": "two_slope_decimal", "norm": "TwoSlopeNorm", "args": {"vcenter": 0.3, "vmin": 0.1, "vmax": 0.7},
     "values": [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 1 / 3]},
    {"name": "two_slope_vmin_moved", "norm": "TwoSlopeNorm", "args": {"vcenter": 1.0},
     "data": [2, 3, 5, math.nan], "values": [-3, 0, 1, 2, 5, 6]},
    {"name": "two_slope_vmax_moved", "norm": "TwoSlopeNorm", "args": {"vcenter": 0.0},
     "data": [-5, -1], "values": [-5, -1, 0, 3, 5]},
    {"name": "two_slope_given_vmin", "norm": "TwoSlopeNorm", "args": {"vcenter": 0.5, "vmin": 0.1},
     "data": [0.2, 0.3], "values": [0.1, 0.3, 0.5, 0.7, 0.9]},
    {"name": "two_slope_all_centre", "norm": "TwoSlopeNorm", "args": {"vcenter": 0.0},
     "data": [0, 0, 0], "values": [-1, 0, 1]},
]


def norms():
    cases = []
    for spec in NORMS:
        norm = getattr(mcolors, spec["norm"])(**spec["args"])
        if "data" in spec:
            norm.autoscale_None(np.ma.masked_invalid(np.array(spec["data"], float)))
        values = np.array(spec["values"], float)
        with np.errstate(all="ignore"):
            mapped = np.ma.atleast_1d(norm(values))
            inverse = np.atleast_1d(norm.inverse(np.array(INVERSE_AT)))
        cases.append({**spec, "values": [number(v) for v in values],
                      "data": [number(v) for v in spec.get("data", [])], "hasData": "data" in spec,
                      "vmin": number(norm.vmin), "vmax": number(norm.vmax),
                      "mapped": masked(mapped), "inverseAt": [number(v) for v in INVERSE_AT],
                      "inverse": [number(v) for v in inverse]})
    return {"cases": cases}


VALID = (["none", "None", "Red", "TAB:BLUE", "DarkSlateGray", "tab:grey", "#1f77b4", "#1F77B480", "#fff",
          "#fff8", "#ABC", "0.5", " 0.25 ", "1", "0", ".75", "1e-1", "-0", "C0", "C9", "C10", "C123"]
         + list(mcolors.CSS4_COLORS) + list(mcolors.TABLEAU_COLORS) + list(mcolors.BASE_COLORS))
INVALID = ["K", "R", "#12345", "#ggg", "##fff", "#", "1.5", "-0.1", "nan", "inf", "C", "c0", "C-1", "C1.5",
           "notacolour", "", "0x1p-1", "tab:", "red ", "#+fffff"]
CYCLE_NAMES = ["C0", "C1", "C7", "C9", "C10", "C13", "C123"]


def names():
    valid = {spec: [number(v) for v in mcolors.to_rgba(spec)] for spec in VALID}
    for spec in INVALID:
        try:
            mcolors.to_rgba(spec)
        except ValueError:
            continue
        raise SystemExit(f"matplotlib accepts {spec!r}")
    with matplotlib.rc_context({"axes.prop_cycle": cycler(color=seaborn.color_palette("deep"))}):
        deep = {spec: [number(v) for v in mcolors.to_rgba(spec)] for spec in CYCLE_NAMES}
    return {"valid": valid, "invalid": INVALID, "deepCycle": deep}


def main():
    found = {"matplotlib": matplotlib.__version__, "seaborn": seaborn.__version__, "numpy": np.__version__}
    if found != PINNED:
        raise SystemExit(f"pinned {PINNED}, found {found}")
    matplotlib.rcdefaults()
    dump("colormap_tables.json", tables())
    dump("colormap_samples.json", samples())
    dump("color_norms.json", norms())
    dump("color_names.json", names())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate scale_function.json: axes on a user-defined scale (matplotlib's FuncScale).

Pinned versions: matplotlib 3.11.2, numpy 2.4.6, Python 3.11, Agg backend, rcdefaults().

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_function_scale_fixtures.py

A 6.4x4.8 in figure at 100 dpi with one axes holding ax.plot(x, y) and one axis on
set_xscale/set_yscale("function", functions=(forward, inverse)). For each case: the view limits after
autoscaling (or set_*lim), and every visible major tick's value, device position (pixels, origin top
left, y down) and label text, as Axis._update_ticks keeps them (inside the view in scale space).
"""
import json
import os

import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PINNED = "3.11.2"
HERE = os.path.dirname(os.path.abspath(__file__))
SCALES = {"sqrt": (np.sqrt, np.square), "square": (np.square, np.sqrt), "cube": (lambda v: v ** 3, np.cbrt)}
CASES = [
    {"name": "sqrt_y_autoscaled", "axis": "y", "scale": "sqrt", "x": [0, 1, 2, 3, 4], "y": [0, 5, 20, 60, 100], "lim": None},
    {"name": "square_x_fixed", "axis": "x", "scale": "square", "x": [0, 10], "y": [0, 1], "lim": [0, 10]},
    {"name": "cube_y_negative", "axis": "y", "scale": "cube", "x": [0, 1], "y": [-2, 3], "lim": None},
]


def record(spec):
    plt.rcdefaults()
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.plot(spec["x"], spec["y"])
    axis = ax.xaxis if spec["axis"] == "x" else ax.yaxis
    (ax.set_xscale if spec["axis"] == "x" else ax.set_yscale)("function", functions=SCALES[spec["scale"]])
    if spec["lim"] is not None:
        (ax.set_xlim if spec["axis"] == "x" else ax.set_ylim)(*spec["lim"])
    fig.canvas.draw()
    height = fig.bbox.height
    low, high = axis.get_view_interval()
    ticks = []
    drawn = axis._update_ticks()  # the ticks inside the view, as Axis.draw draws them
    for tick in axis.get_major_ticks():
        if tick not in drawn:
            continue
        x, y = ax.transData.transform((tick.get_loc(), tick.get_loc()))
        ticks.append({"value": float(tick.get_loc()), "label": tick.label1.get_text(),
                      "px": float(x) if spec["axis"] == "x" else float(height - y)})
    plt.close(fig)
    return {**spec, "view": [float(low), float(high)], "ticks": ticks}


def main():
    if matplotlib.__version__ != PINNED:
        raise SystemExit(f"matplotlib {PINNED} is pinned, found {matplotlib.__version__}")
    cases = [record(spec) for spec in CASES]
    with open(os.path.join(HERE, "scale_function.json"), "w") as handle:
        json.dump({"matplotlib": matplotlib.__version__, "cases": cases}, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()

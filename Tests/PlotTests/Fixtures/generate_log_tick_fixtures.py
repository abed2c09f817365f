#!/usr/bin/env python3
"""Generate ticks_log_axis.json and ticks_log_layout.json: matplotlib's default log-axis ticks, recorded.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults, dpi 100.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_log_tick_fixtures.py

ticks_log_axis.json — for every case and each figure size (6.4x4.8, 14x10 and a small 2x1.5 in), both axes are
    log-scaled (`set_xscale("log")`, base 10, all defaults) on a fresh figure, then:
    * "limits" cases: set_xlim/set_ylim(requested);
    * "data" cases: ax.plot(data, data) and autoscaling (this is where non-positive data are clipped
      to the smallest positive value, minpos); the record also keeps the data interval, minpos,
      what `LogLocator.nonsingular` and `LogScale.limit_range_for_scale` make of them.
    After fig.canvas.draw() it records (or, for the two ranges where matplotlib raises
    OverflowError, only that it raised and the x view), the view interval, axis length, tick space, the full
    major and minor locator lists (before the minor ticks that duplicate major ones are removed),
    the ticks actually drawn (Axis._update_ticks) with their label texts (the mathtext strings),
    and whether the minor tick marks are drawn.
    numpy here dispatches `10.0 ** array` to AVX-512 code that is not correctly rounded for some
    exponents (e.g. 1e-5 comes out as 9.999999999999999e-06); "numpy_power_of_ten" lists those
    exponents in the recorded range so tests can tell that 1-ulp difference from a real mismatch.
ticks_log_layout.json — for three ranges on the 6.4x4.8 figure, the pixel extents
    (Text.get_window_extent, display coordinates, origin bottom left) of the drawn major tick labels
    and each tick's display position; and the mathtext glyph layout (MathTextParser("path"), 10 pt,
    72 dpi so units are points) of a few labels: font size, character, x and y offset of each glyph.
"""
import json
import math
import os
import warnings

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.mathtext import MathTextParser  # noqa: E402

assert matplotlib.__version__ == "3.11.2", matplotlib.__version__
assert np.__version__ == "2.4.6", np.__version__
matplotlib.rcdefaults()
warnings.filterwarnings("ignore")  # identical-limit and non-positive-limit warnings

HERE = os.path.dirname(os.path.abspath(__file__))
FIGSIZES = [(6.4, 4.8), (14.0, 10.0), (2.0, 1.5)]  # the last one asks for fewer than 9 ticks

LIMIT_RANGES = [
    # inside one decade (no decade tick in view; minor ticks labelled)
    (2.0, 8.0), (1.5, 9.5), (0.2, 0.7), (3e-7, 9e-7), (20.0, 50.0), (2.0, 3.0),
    # so narrow that the minor locator falls back to AutoLocator
    (2.0, 2.5), (1.01, 1.9), (0.15, 0.21), (4.2, 4.3), (1.1, 1.2), (7.5e5, 7.9e5), (1.0, 1.5),
    # about one decade
    (1.0, 10.0), (0.5, 5.0), (3.0, 30.0), (0.9, 1.1), (95.0, 105.0), (0.05, 0.5), (0.6, 2.0),
    (1.0, 2.5), (0.3, 1.2), (8.0, 12.0),
    # two or three decades
    (1.0, 100.0), (0.5, 50.0), (0.01, 1.0), (1e-3, 1.0), (2.0, 900.0), (0.07, 30.0),
    (1e3, 1e6), (3e-6, 2e-3),
    # many decades
    (1e-10, 1e10), (1e-5, 1e5), (1.0, 1e9), (1.0, 1e10), (0.3, 3e8), (1e-3, 1e12), (1e-30, 1e-17),
    (1e-200, 1e200), (1e-100, 1e-99), (1e100, 1e108), (1e290, 1e307), (1e-310, 1e-300),
    (1e-323, 1e-300), (5e-324, 1.0),
    # matplotlib raises OverflowError while labelling: a tick beyond the largest float is inf
    (1e-300, 1e300), (1e290, 1.7e308),
    # equal limits (set_lim widens them to the surrounding decades) and reversed
    (10.0, 10.0), (3.0, 3.0), (0.001, 0.001), (100.0, 1.0), (7.0, 0.02),
]

DATA_CASES = [
    # non-positive values: the log scale clips the lower limit to minpos before the margins
    [0.0, 0.5, 3.0, 20.0],
    [-5.0, 0.0, 1e-3, 0.2, 40.0],
    [-1.0, 2.0],
    [0.0, 1e-7, 1e4],
    # ordinary positive data
    [1.0, 2.0, 3.0, 1000.0],
    [3.3, 3.3],
    [0.02, 0.5, 7.0],
    [12.0, 13.0, 14.5],
]


def pow10_not_correctly_rounded(low, high):
    exps = np.arange(low, high + 1)
    vals = 10.0 ** exps
    return [int(k) for k, v in zip(exps, vals) if v != float(f"1e{int(k)}")]


def axis_record(axis):
    drawn = axis._update_ticks()
    major_ids = {id(t) for t in axis.majorTicks}
    major = [t for t in drawn if id(t) in major_ids]
    minor = [t for t in drawn if id(t) not in major_ids]
    ends = axis.axes.transAxes - axis.get_figure(root=False).dpi_scale_trans
    from matplotlib.transforms import Bbox
    box = Bbox.unit().transformed(ends)
    length = (box.width if axis.axis_name == "x" else box.height) * 72
    return {
        "view": [float(v) for v in axis.get_view_interval()],
        "axis_length_points": float(length),
        "tick_space": int(axis.get_tick_space()),
        "major_locs": [float(v) for v in axis.major.locator()],
        "minor_locs": [float(v) for v in axis.minor.locator()],
        "visible_major": [float(t.get_loc()) for t in major],
        "visible_major_labels": [t.label1.get_text() for t in major],
        "visible_minor": [float(t.get_loc()) for t in minor],
        "visible_minor_labels": [t.label1.get_text() for t in minor],
        "minor_marks_drawn": all(t.tick1line.get_visible() for t in minor),
    }


def data_record(axis):
    name = axis.axis_name
    lo, hi = getattr(axis.axes.dataLim, f"interval{name}")
    minpos = float(axis.get_minpos())
    nonsingular = axis.get_major_locator().nonsingular(float(lo), float(hi))
    limited = axis._scale.limit_range_for_scale(*nonsingular, minpos)
    return {"data_interval": [float(lo), float(hi)], "minpos": minpos,
            "nonsingular": [float(v) for v in nonsingular], "limited": [float(v) for v in limited]}


def new_log_axes(figsize):
    fig, ax = plt.subplots(figsize=figsize, dpi=100)
    ax.set_xscale("log")
    ax.set_yscale("log")
    return fig, ax


def axis_cases():
    figures = []
    for figsize in FIGSIZES:
        cases = []
        for lo, hi in LIMIT_RANGES:
            fig, ax = new_log_axes(figsize)
            ax.set_xlim(lo, hi)
            ax.set_ylim(lo, hi)
            try:
                fig.canvas.draw()
            except OverflowError:
                cases.append({"requested": [lo, hi], "raises": True,
                              "x_view": [float(v) for v in ax.get_xlim()]})
            else:
                cases.append({"requested": [lo, hi], "raises": False,
                              "x": axis_record(ax.xaxis), "y": axis_record(ax.yaxis)})
            plt.close(fig)
        for data in DATA_CASES:
            fig, ax = new_log_axes(figsize)
            ax.plot(data, data)
            fig.canvas.draw()
            case = {"data": data, "raises": False, "x": axis_record(ax.xaxis), "y": axis_record(ax.yaxis)}
            case["x"].update(data_record(ax.xaxis))
            case["y"].update(data_record(ax.yaxis))
            cases.append(case)
            plt.close(fig)
        figures.append({"figsize": list(figsize), "dpi": 100, "font_size_points": 10.0, "cases": cases})
    return figures


def layout_record():
    ranges = [(1e-3, 1e3), (0.5, 5.0), (1e-10, 1e10)]
    out = []
    for lo, hi in ranges:
        fig, ax = new_log_axes(FIGSIZES[0])
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        record = {"requested": [lo, hi]}
        for axis in (ax.xaxis, ax.yaxis):
            drawn = axis._update_ticks()
            labelled = [t for t in drawn if t.label1.get_text()]
            transform = ax.transData
            positions = [transform.transform((t.get_loc(), t.get_loc())) for t in labelled]
            record[axis.axis_name] = {
                "values": [float(t.get_loc()) for t in labelled],
                "labels": [t.label1.get_text() for t in labelled],
                "display_positions": [float(p[0] if axis.axis_name == "x" else p[1]) for p in positions],
                "extents": [[float(v) for v in t.label1.get_window_extent(renderer).extents] for t in labelled],
            }
        out.append(record)
        plt.close(fig)
    return out


def glyph_layouts():
    parser = MathTextParser("path")
    prop = FontProperties(size=10)
    layouts = []
    for text in [r"$\mathdefault{10^{2}}$", r"$\mathdefault{10^{-1}}$", r"$\mathdefault{10^{-10}}$",
                 r"$\mathdefault{2\times10^{-1}}$", r"$\mathdefault{1.05\times10^{0}}$"]:
        parsed = parser.parse(text, dpi=72, prop=prop)
        layouts.append({
            "mathtext": text, "width": float(parsed.width), "height": float(parsed.height),
            "depth": float(parsed.depth),
            "glyphs": [{"font_size": float(g[1]), "char": chr(g[2]), "x": float(g[4]), "y": float(g[5])}
                       for g in parsed.glyphs],
        })
    return layouts


def main():
    figures = axis_cases()
    with open(os.path.join(HERE, "ticks_log_axis.json"), "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__,
                   "numpy_power_of_ten_not_correctly_rounded": pow10_not_correctly_rounded(-323, 308),
                   "figures": figures}, fh, ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(HERE, "ticks_log_layout.json"), "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__, "font_size_points": 10.0, "dpi": 100,
                   "label_extents": layout_record(), "glyph_layouts": glyph_layouts()}, fh,
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

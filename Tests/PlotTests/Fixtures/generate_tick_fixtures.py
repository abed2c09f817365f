#!/usr/bin/env python3
"""Generate ticks_axis.json and ticks_locator.json: matplotlib's default tick machinery, recorded.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults, dpi 100.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_tick_fixtures.py

ticks_axis.json   — for every range and each figure size (6.4x4.8 and 14x10 in), both axes:
    set_xlim/set_ylim(requested), fig.canvas.draw(), then record the view interval, the
    tick space, the full locator list with its labels (format_ticks), the ticks actually
    drawn (Axis._update_ticks) with their label texts, and the offset text.
ticks_locator.json — MaxNLocator.tick_values with non-default parameters (no axis, so
    nbins="auto" resolves to 9).
ticks_formatter.json — ScalarFormatter.format_ticks + get_offset on hand-picked location lists
    (single location, zeros, offsets, huge and tiny values) under the defaults and a few
    non-default settings (useOffset off, other power limits, offset threshold, ASCII minus).
"""
import json
import os
import warnings

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ticker  # noqa: E402

assert matplotlib.__version__ == "3.11.2", matplotlib.__version__
matplotlib.rcdefaults()
warnings.filterwarnings("ignore")  # identical-limit warnings

HERE = os.path.dirname(os.path.abspath(__file__))

FIXED_RANGES = [
    # ordinary
    (0.0, 1.0), (0.0, 10.0), (0.0, 100.0), (-1.0, 1.0), (-5.0, 5.0), (0.1, 0.9),
    (3.0, 7.2), (-7.5, -0.3), (0.0, 3.0), (0.0, 7.0), (0.5, 1.5), (-2.5, 2.5),
    (0.0, 24.0), (0.0, 60.0), (0.0, 360.0), (-180.0, 180.0), (273.15, 373.15),
    (1950.0, 2025.0), (0.0, 0.05),
    # the reference figures' limits
    (-13.449943580563744, 24.2963725848322), (0.0, 2.2611514902248637),
    (0.0, 0.50197), (-3.943, 4.774), (0.0, 0.4792), (-3.113, 3.944),
    (0.0, 1.8089211921798911 * 1.1),
    # crossing zero
    (-0.3, 0.7), (-123.4, 56.7), (-1e-6, 1e-6), (-0.001, 0.002), (-3e9, 2e9),
    # tiny
    (0.0, 1e-7), (1e-7, 3e-7), (-2e-7, 5e-7), (1.23e-8, 1.29e-8), (0.0, 2.2e-16),
    # huge
    (0.0, 1e9), (1e9, 5e9), (0.0, 7.3e15), (1e15, 1e15 + 100.0), (1e12, 1e12 + 5e3),
    # offsets
    (1000000.1, 1000000.5), (1e6, 1e6 + 10.0), (99999.5, 100000.5), (123456.7, 123499.3),
    (-1000000.5, -1000000.1), (-1000.0, -990.0), (19.99, 20.01), (2.5, 2.6),
    (1.0, 1.0 + 1e-12), (1.0, 1.0 + 1e-9), (0.99999, 1.00001), (5000.0, 5000.5),
    # vmin == vmax (set_lim expands them)
    (0.0, 0.0), (1.0, 1.0), (5e6, 5e6), (-3.0, -3.0), (1e-10, 1e-10),
    # around the power limits (-5, 6)
    (0.0, 1e-5), (0.0, 9.9e-5), (1e-5, 2e-5), (0.0, 1e-4), (0.0, 0.001), (0.0, 1e5),
    (0.0, 999999.0), (0.0, 1e6), (0.0, 1.5e6), (0.0, 2e6), (100000.0, 900000.0),
    (-2e6, -1e6), (0.001, 1000.0),
    # reversed
    (1.0, 0.0), (24.3, -13.45), (1000000.5, 1000000.1), (0.0, -1e-6),
]


def random_ranges(count=24, seed=7):
    rng = np.random.RandomState(seed)
    out = []
    for _ in range(count):
        centre_exp = rng.uniform(-8, 9)
        width_exp = centre_exp - rng.uniform(-1, 6)
        centre = rng.choice([-1.0, 1.0]) * 10 ** centre_exp * rng.uniform(0, 1)
        width = 10 ** width_exp * rng.uniform(0.1, 1)
        out.append((float(centre - width / 2), float(centre + width / 2)))
    return out


def axis_record(axis):
    locs = [float(v) for v in axis.get_majorticklocs()]
    labels = [t.get_text() for t in axis.get_ticklabels()]
    drawn = axis._update_ticks()
    ends = axis.axes.transAxes - axis.get_figure(root=False).dpi_scale_trans
    from matplotlib.transforms import Bbox
    box = Bbox.unit().transformed(ends)
    length = (box.width if axis.axis_name == "x" else box.height) * 72
    return {
        "view": [float(v) for v in axis.get_view_interval()],
        "axis_length_points": float(length),
        "tick_space": int(axis.get_tick_space()),
        "locs": locs,
        "labels": labels,
        "visible_locs": [float(t.get_loc()) for t in drawn],
        "visible_labels": [t.label1.get_text() for t in drawn],
        "offset_text": axis.offsetText.get_text(),
    }


def axis_cases(ranges):
    figures = []
    for figsize in [(6.4, 4.8), (14.0, 10.0)]:
        fig, ax = plt.subplots(figsize=figsize, dpi=100)
        cases = []
        for lo, hi in ranges:
            ax.set_xlim(lo, hi)
            ax.set_ylim(lo, hi)
            fig.canvas.draw()
            cases.append({"requested": [lo, hi], "x": axis_record(ax.xaxis), "y": axis_record(ax.yaxis)})
        plt.close(fig)
        figures.append({"figsize": list(figsize), "dpi": 100, "font_size_points": 10.0, "cases": cases})
    return figures


LOCATOR_PARAMS = [
    {"nbins": 5},
    {"nbins": 3, "steps": [1, 2, 5, 10]},
    {"nbins": "auto", "integer": True},
    {"nbins": 4, "integer": True, "min_n_ticks": 3},
    {"nbins": "auto", "symmetric": True},
    {"nbins": 6, "prune": "lower"},
    {"nbins": 6, "prune": "upper"},
    {"nbins": 6, "prune": "both"},
    {"nbins": 10, "steps": [1, 3, 7]},
    {"nbins": 1},
]

LOCATOR_RANGES = [(0.0, 1.0), (-13.45, 24.3), (0.2, 3.7), (0.0, 2.2611514902248637), (1e6, 1e6 + 3.0),
                  (-7.0, 2.0), (1e-7, 4e-7), (0.0, 0.0), (5.0, 5.0), (3.0, 1.0), (-0.5, 0.5), (1.0, 1.0 + 1e-13),
                  (123456.0, 123460.0), (0.0, 1e9)]


def locator_cases():
    cases = []
    for params in LOCATOR_PARAMS:
        loc = ticker.MaxNLocator(**params)
        for lo, hi in LOCATOR_RANGES:
            cases.append({"params": params, "vmin": lo, "vmax": hi,
                          "ticks": [float(v) for v in loc.tick_values(lo, hi)]})
    return cases


FORMATTER_SETTINGS = [
    {},
    {"use_offset": False},
    {"power_limits": [-3, 4]},
    {"power_limits": [3, 3]},
    {"offset_threshold": 2},
    {"scientific": False},
    {"unicode_minus": False},
]

FORMATTER_CASES = [
    ([0.5], (0.0, 1.0)), ([0.0], (-1.0, 1.0)), ([1e6], (999999.0, 1000001.0)), ([-3.0], (-4.0, -2.0)),
    ([0.0, 0.2, 0.4], (0.0, 0.4)), ([-1.0, 0.0, 1.0], (-1.0, 1.0)), ([1e-9, 2e-9, 3e-9], (1e-9, 3e-9)),
    ([1e6 + 2, 1e6 + 4, 1e6 + 6], (1e6, 1e6 + 10)), ([-1e6 - 6, -1e6 - 4, -1e6 - 2], (-1e6 - 10, -1e6)),
    ([5000.0, 10000.0, 15000.0, 20000.0], (4000.0, 21000.0)), ([0.001, 0.002, 0.003], (0.0, 0.0035)),
    ([123.0, 124.0, 125.0], (122.5, 125.5)), ([9.5e7, 1.0e8, 1.05e8], (9.4e7, 1.06e8)),
    ([2.5e-6, 5e-6, 7.5e-6], (0.0, 1e-5)), ([1e20, 2e20, 3e20], (0.0, 3.5e20)), ([-0.05, 0.0, 0.05], (0.1, -0.1)),
    ([999.9, 1000.0, 1000.1], (999.85, 1000.15)), ([2.0, 2.0], (1.0, 3.0)),
]


def formatter_cases():
    cases = []
    for settings in FORMATTER_SETTINGS:
        rc = {"axes.unicode_minus": settings.get("unicode_minus", True),
              "axes.formatter.offset_threshold": settings.get("offset_threshold", 4),
              "axes.formatter.limits": settings.get("power_limits", [-5, 6])}
        with matplotlib.rc_context(rc):
            for locs, view in FORMATTER_CASES:
                fmt = ticker.ScalarFormatter(useOffset=settings.get("use_offset", True))
                fmt.set_scientific(settings.get("scientific", True))
                fmt.create_dummy_axis()
                fmt.axis.set_view_interval(*view)
                labels = fmt.format_ticks(locs)
                cases.append({"settings": settings, "locs": locs, "view": list(view),
                              "labels": labels, "offset_text": fmt.get_offset()})
    return cases


def main():
    ranges = FIXED_RANGES + random_ranges()
    with open(os.path.join(HERE, "ticks_axis.json"), "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__, "figures": axis_cases(ranges)}, fh,
                  ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(HERE, "ticks_locator.json"), "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__, "cases": locator_cases()}, fh,
                  ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(HERE, "ticks_formatter.json"), "w") as fh:
        json.dump({"matplotlib": matplotlib.__version__, "cases": formatter_cases()}, fh,
                  ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()

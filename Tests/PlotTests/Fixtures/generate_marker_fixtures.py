"""Writes markers.json: the outline of every matplotlib marker symbol, the
vertices of step lines (cbook.pts_to_prestep/poststep/midstep) and parsed
format strings (axes._base._process_plot_format).

For each symbol: MarkerStyle(symbol).get_path() transformed by
get_transform() (a marker 1 point across, y up), as (code, x, y) rows with
matplotlib's path codes (1 MOVETO, 2 LINETO, 4 CURVE4, 79 CLOSEPOLY, whose
vertex is ignored), and is_filled, joinstyle, capstyle, snap threshold.

Regenerate with:  python3 generate_marker_fixtures.py
Pinned: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11).
"""
import json
import math
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import cbook
from matplotlib.axes._base import _process_plot_format
from matplotlib.markers import MarkerStyle

SYMBOLS = "o . , s ^ v < > D d p h H 8 * + x P X | _ 1 2 3 4".split()


def marker(symbol):
    style = MarkerStyle(symbol)
    path = style.get_path().transformed(style.get_transform())
    codes = path.codes if path.codes is not None else [1] + [2] * (len(path.vertices) - 1)
    threshold = style.get_snap_threshold()
    return {
        "symbol": symbol,
        "rows": [[int(code), float(x), float(y)] for code, (x, y) in zip(codes, path.vertices)],
        "filled": bool(style.is_filled()),
        "join": str(style.get_joinstyle()),
        "cap": str(style.get_capstyle()),
        "snap_threshold": None if threshold is None else (-1.0 if math.isinf(threshold) else float(threshold)),
    }


FORMATS = ["o-", "s--", "^:", "D", "x", "k-", "C1^", "r-.", ":", "-", "k", "go--", "1", "|", "--C3"]
STEP_X = [0.0, 1.0, 2.5, 4.0, 7.0]
STEP_Y = [1.0, 3.0, 2.0, 5.0, 4.0]


def steps():
    result = {}
    for name, function in [("pre", cbook.pts_to_prestep), ("post", cbook.pts_to_poststep), ("mid", cbook.pts_to_midstep)]:
        xs, ys = function(np.array(STEP_X), np.array(STEP_Y))
        result[name] = {"x": xs.tolist(), "y": ys.tolist()}
    return {"x": STEP_X, "y": STEP_Y, "styles": result}


def formats():
    parsed = []
    for fmt in FORMATS:
        linestyle, marker, color = _process_plot_format(fmt)
        parsed.append({
            "format": fmt,
            # None: the default (lines.linestyle, solid); "None": no line.
            "linestyle": "default" if linestyle is None else linestyle,
            "marker": None if marker in (None, "None") else marker,
            "color": None if color is None else list(matplotlib.colors.to_rgba(color)),
        })
    return parsed


def marks():
    """What scatter and errorbar build: widths, z-orders, legend order."""
    import matplotlib.pyplot as plt
    plt.rcdefaults()
    fig, ax = plt.subplots()
    filled = ax.scatter([1, 2], [1, 2], s=12, alpha=0.5, label="filled")
    lines = ax.scatter([1, 2], [1, 2], marker="x", label="x")
    container = ax.errorbar([1, 2], [1, 2], yerr=[0.5, 0.2], fmt="o", capsize=3, label="errors")
    data_line, caps, bars = container.lines
    ax.plot([1, 2], [2, 1], label="line")
    _, labels = ax.get_legend_handles_labels()
    result = {
        "scatter_filled_linewidth": float(filled.get_linewidths()[0]),
        "scatter_line_marker_linewidth": float(lines.get_linewidths()[0]),
        "scatter_zorder": float(filled.get_zorder()),
        "scatter_face_alpha": float(filled.get_facecolors()[0][3]),
        "errorbar_data_zorder": float(data_line.get_zorder()),
        "errorbar_bar_zorder": float(bars[0].get_zorder()),
        "errorbar_bar_linewidth": float(bars[0].get_linewidths()[0]),
        "errorbar_cap_markersize": float(caps[0].get_markersize()),
        "errorbar_cap_marker": caps[0].get_marker(),
        "errorbar_cap_edgewidth": float(caps[0].get_markeredgewidth()),
        "legend_order": labels,
    }
    plt.close(fig)
    result["mapped"] = mapped_scatter()
    result["stem"] = stem()
    return result


def stem():
    """What ax.stem(x, y) builds: stem segments, marker and baseline lines and their colours."""
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    container = ax.stem([1.0, 2.0, 4.0], [3.0, -1.0, 2.0])
    markerline, stemlines, baseline = container
    result = {
        "segments": [seg.tolist() for seg in stemlines.get_segments()],
        "stem_color": list(stemlines.get_colors()[0]),
        "stem_linewidth": float(stemlines.get_linewidths()[0]),
        "marker": markerline.get_marker(),
        "marker_color": list(matplotlib.colors.to_rgba(markerline.get_color())),
        "marker_linestyle": markerline.get_linestyle(),
        "baseline_x": [float(v) for v in baseline.get_xdata()],
        "baseline_y": [float(v) for v in baseline.get_ydata()],
        "baseline_color": list(matplotlib.colors.to_rgba(baseline.get_color())),
    }
    plt.close(fig)
    return result


def mapped_scatter():
    """scatter(c=values) through magma with a NaN value, autoscaled and with vmin/vmax."""
    import matplotlib.pyplot as plt
    values = [0.0, 1.5, float("nan"), 3.0, 4.5, 10.0]
    cases = []
    for vmin, vmax in [(None, None), (1.0, 4.0)]:
        fig, ax = plt.subplots()
        collection = ax.scatter(range(6), range(6), c=values, cmap="magma", vmin=vmin, vmax=vmax)
        fig.canvas.draw()
        cases.append({"vmin": vmin, "vmax": vmax, "offsets": int(np.ma.count(collection.get_offsets(), axis=0)[0]),
                      "facecolors": collection.get_facecolors().tolist()})
        plt.close(fig)
    return {"values": [None if math.isnan(v) else v for v in values], "cases": cases}


if __name__ == "__main__":
    assert matplotlib.__version__ == "3.11.2", matplotlib.__version__
    out = Path(__file__).with_name("markers.json")
    out.write_text(json.dumps({"matplotlib": matplotlib.__version__, "markers": [marker(s) for s in SYMBOLS], "steps": steps(), "formats": formats(), "marks": marks()}, indent=1) + "\n")
    print("wrote", out)

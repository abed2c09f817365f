"""Writes colorbars.json: where matplotlib puts a colorbar beside one axes.

For each case: figure size, the mappable's vmin/vmax, fig.colorbar(..., ax=ax,
label=..., fraction/pad/shrink/aspect defaults) under the default layout; after
fig.canvas.draw(): the parent and colorbar axes boxes in device pixels (x0, y0,
x1, y1, origin top left, y down), the colorbar's major tick values and labels.

Regenerate with:  python3 generate_colorbar_fixtures.py
Pinned: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg, rcdefaults().
"""
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize

EXTENDS = ["neither", "min", "max", "both"]

CASES = [
    {"name": "default", "size": [6.4, 4.8], "vmin": 0.0, "vmax": 1.0, "label": "density"},
    {"name": "wide_range", "size": [8.0, 4.0], "vmin": -250.0, "vmax": 1300.0, "label": ""},
    {"name": "small", "size": [4.0, 3.0], "vmin": 0.02, "vmax": 0.97, "label": "p"},
]


def box(ax, height):
    b = ax.get_position().transformed(ax.figure.transFigure)
    return [b.x0, height - b.y1, b.x1, height - b.y0]


def extended(extend):
    """The outline (device pixels) and extend patches of a colorbar with `extend`."""
    plt.rcdefaults()
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    mappable = ScalarMappable(Normalize(0.0, 1.0), "viridis")
    colorbar = fig.colorbar(mappable, ax=ax, extend=extend)
    fig.canvas.draw()
    height = fig.bbox.height
    outline = colorbar.outline.get_path().transformed(colorbar.outline.get_transform()).vertices
    patches = [{"vertices": [[float(x), float(height - y)] for x, y in
                             p.get_path().transformed(p.get_transform()).vertices],
                "color": [float(c) for c in p.get_facecolor()]} for p in colorbar._extend_patches]
    result = {"extend": extend, "colorbar": box(colorbar.ax, height),
              "outline": [[float(x), float(height - y)] for x, y in outline], "patches": patches}
    plt.close(fig)
    return result


def case(spec):
    plt.rcdefaults()
    fig, ax = plt.subplots(figsize=spec["size"])
    mappable = ScalarMappable(Normalize(spec["vmin"], spec["vmax"]), "viridis")
    colorbar = fig.colorbar(mappable, ax=ax, label=spec["label"])
    fig.canvas.draw()
    height = fig.bbox.height
    cax = colorbar.ax
    ticks = [t for t in cax.yaxis.get_major_ticks() if t.get_visible() and
             spec["vmin"] - 1e-9 <= t.get_loc() <= spec["vmax"] + 1e-9]
    result = dict(spec)
    result.update({
        "axes": box(ax, height),
        "colorbar": box(cax, height),
        "ticks": [float(t.get_loc()) for t in ticks],
        "labels": [t.label2.get_text() for t in ticks],
    })
    plt.close(fig)
    return result


if __name__ == "__main__":
    assert matplotlib.__version__ == "3.11.2", matplotlib.__version__
    out = Path(__file__).with_name("colorbars.json")
    out.write_text(json.dumps({"matplotlib": matplotlib.__version__, "cases": [case(c) for c in CASES],
                               "extends": [extended(e) for e in EXTENDS]}, indent=1) + "\n")
    print("wrote", out)

#!/usr/bin/env python3
"""Generate ticks_rotation.json: where matplotlib puts rotated tick labels.

Pinned versions: matplotlib 3.11.2, Python 3.11, Agg backend, rcdefaults(), the bundled DejaVu Sans.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_tick_rotation_fixtures.py

A 6.4x4.8 in figure at 100 dpi with one axes, xlim and ylim (0, 1), and
ax.tick_params(axis=AXIS, labelrotation=ANGLE) (rotation_mode "default": the rotated box is aligned,
ha/va as the axis sets them). For each case, every visible major tick label's value and window extent
in device pixels, origin top left, y down: [left, top, right, bottom].
"""
import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PINNED = "3.11.2"
HERE = os.path.dirname(os.path.abspath(__file__))


def case(axis, angle):
    plt.rcdefaults()
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.tick_params(axis=axis, labelrotation=angle)
    fig.canvas.draw()
    height = fig.bbox.height
    ticks = ax.xaxis.get_major_ticks() if axis == "x" else ax.yaxis.get_major_ticks()
    labels = []
    for tick in ticks:
        if not tick.label1.get_visible() or not (-1e-9 <= tick.get_loc() <= 1 + 1e-9):
            continue
        box = tick.label1.get_window_extent()
        labels.append({"value": float(tick.get_loc()), "text": tick.label1.get_text(),
                       "extent": [box.x0, height - box.y1, box.x1, height - box.y0]})
    plt.close(fig)
    return {"axis": axis, "angle": angle, "labels": labels}


def main():
    if matplotlib.__version__ != PINNED:
        raise SystemExit(f"matplotlib {PINNED} is pinned, found {matplotlib.__version__}")
    cases = [case(axis, angle) for axis in ("x", "y") for angle in (30, 45, 90, -60)]
    with open(os.path.join(HERE, "ticks_rotation.json"), "w") as handle:
        json.dump({"matplotlib": matplotlib.__version__, "cases": cases}, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()

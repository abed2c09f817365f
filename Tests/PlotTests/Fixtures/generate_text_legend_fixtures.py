#!/usr/bin/env python3
"""Generate text_extents.json and legend_geometry.json: how matplotlib measures text and lays out legends.

Pinned versions: matplotlib 3.11.2 (its bundled FreeType 2.14.3, libraqm 0.10.5, HarfBuzz 14.1.0),
Python 3.11, Agg backend, rcdefaults() (text.hinting "default"), the bundled DejaVu Sans.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_text_legend_fixtures.py

Coordinates are device pixels with the origin at the top left (y down); boxes are [left, top, right, bottom].

text_extents.json — "metrics": for strings x sizes x dpi x weights, RendererAgg.get_text_width_height_descent
    (width, height, descent of the ink; what FT2Font.set_text measures); "placements": a Text made with
    fig.text at the figure centre (rotation_mode "anchor") for every horizontal x vertical alignment at
    rotation 0 and 90: its anchor and Text.get_window_extent (the box Text._get_layout makes, raised to the
    font's OS/2 typographic ascent and descent).
legend_geometry.json — for legends of proxy handles (Line2D or Rectangle) on a 6.4x4.8 in axes that holds
    the diagonal ax.plot([0, 1], [0, 1]): the figure size, the axes box, the frame (legendPatch extent),
    the title's and each label's baseline-left origin and window extent, each line handle's end points and
    each patch handle's extent, for 1-5 entries, with and without title, loc best/upper right/lower
    left/center, font size 10/11/12, dpi 100/200.
"""
import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

PINNED = "3.11.2"
HERE = os.path.dirname(os.path.abspath(__file__))

STRINGS = ["lp", "Hello", "density", "Count", "AVATAR To", "0.25", "\u22120.5", "x", "y label", "Waffle fit",
           "Ay, jQ", "1e6", "Probability", "kernel density estimate", " spaced ", "ffi fl fff", "-"]
SIZES = [8, 9.6, 10, 11, 12, 14]
DPIS = [72, 100, 200, 300]
WEIGHTS = {"regular": {}, "bold": {"fontweight": "bold"}, "oblique": {"fontstyle": "oblique"}}
HALIGN = ["left", "center", "right"]
VALIGN = ["baseline", "top", "center", "bottom", "center_baseline"]


def device_box(bbox, height):
    return [bbox.x0, height - bbox.y1, bbox.x1, height - bbox.y0]


def device_point(xy, height):
    return [float(xy[0]), height - float(xy[1])]


def text_metrics():
    records = []
    for dpi in DPIS:
        fig = plt.figure(figsize=(4, 3), dpi=dpi)
        renderer = fig.canvas.get_renderer()
        for weight, props in WEIGHTS.items():
            for size in SIZES:
                for s in STRINGS:
                    if weight != "regular" and s not in ("lp", "Hello", "AVATAR To", "Waffle fit"):
                        continue
                    prop = fig.text(0, 0, s, fontsize=size, **props).get_fontproperties()
                    w, h, d = renderer.get_text_width_height_descent(s, prop, ismath=False)
                    records.append({"text": s, "size": size, "dpi": dpi, "weight": weight,
                                    "width": w, "height": h, "descent": d})
        plt.close(fig)
    return records


def text_placements():
    records = []
    for dpi, size in [(100, 10), (200, 12), (72, 14)]:
        fig = plt.figure(figsize=(4, 3), dpi=dpi)
        renderer = fig.canvas.get_renderer()
        height = fig.bbox.height
        for s in ["lp", "Hello", "y label", "0.25", ""]:
            for rotation in (0, 90):
                for ha in HALIGN:
                    for va in VALIGN:
                        t = fig.text(0.5, 0.5, s, fontsize=size, ha=ha, va=va, rotation=rotation,
                                     rotation_mode="anchor")
                        anchor = fig.transFigure.transform((0.5, 0.5))
                        records.append({"text": s, "size": size, "dpi": dpi, "rotation": rotation,
                                        "ha": ha, "va": va, "anchor": device_point(anchor, height),
                                        "extent": device_box(t.get_window_extent(renderer), height)})
                        t.remove()
        plt.close(fig)
    return records


LOCATIONS = ["best", "upper right", "lower left", "center"]
LABELS = ["alpha", "Beta group", "gamma (fit)", "Density", "y"]


def legend_case(index, loc, fontsize, dpi):
    count = 1 + index % 5
    title = ["group", None, "Species", None][index % 4]
    handle = "line" if index % 3 != 1 else "patch"
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=dpi)
    ax.plot([0, 1], [0, 1])
    labels = LABELS[:count]
    if handle == "line":
        handles = [Line2D([], [], color=f"C{i}", linewidth=1.5) for i in range(count)]
    else:
        handles = [Rectangle((0, 0), 1, 1, facecolor=f"C{i}") for i in range(count)]
    leg = ax.legend(handles, labels, loc=loc, fontsize=fontsize, title=title)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height

    def text_record(t):
        return {"text": t.get_text(), "fontsize": t.get_fontsize(),
                "origin": device_point(t.get_transform().transform(t.get_position()), height),
                "extent": device_box(t.get_window_extent(renderer), height)}

    entries = []
    for text, artist in zip(leg.get_texts(), leg.legend_handles):
        record = text_record(text)
        if isinstance(artist, Line2D):
            xy = artist.get_transform().transform(artist.get_xydata())
            record["handle"] = {"kind": "line", "start": device_point(xy[0], height),
                                "end": device_point(xy[-1], height)}
        else:
            record["handle"] = {"kind": "patch", "extent": device_box(artist.get_window_extent(renderer), height)}
        entries.append(record)
    case = {"loc": loc, "fontsize": fontsize, "dpi": dpi, "figsize": [6.4, 4.8],
            "canvas": [fig.bbox.width, fig.bbox.height],
            "axes": device_box(ax.get_window_extent(renderer), height),
            "frame": device_box(leg.legendPatch.get_window_extent(renderer), height),
            "title": text_record(leg.get_title()) if title else None,
            "entries": entries}
    plt.close(fig)
    return case


def legend_cases():
    cases = []
    index = 0
    for loc in LOCATIONS:
        for fontsize in (10, 11, 12):
            for dpi in (100, 200):
                cases.append(legend_case(index, loc, fontsize, dpi))
                index += 1
    return cases


def write(name, payload):
    with open(os.path.join(HERE, name), "w") as out:
        json.dump(payload, out, indent=None, separators=(",", ":"))
        out.write("\n")


def main():
    if matplotlib.__version__ != PINNED:
        print(f"warning: matplotlib {matplotlib.__version__}, fixtures are pinned to {PINNED}")
    matplotlib.rcdefaults()
    write("text_extents.json", {"matplotlib": matplotlib.__version__,
                                "metrics": text_metrics(), "placements": text_placements()})
    write("legend_geometry.json", {"matplotlib": matplotlib.__version__, "cases": legend_cases()})


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Dump the drawn geometry of the four issue-13 figures into Examples/reference/geometry/NAME.json.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults() before each figure.

Regenerate (from the package root):
    python3 Examples/reference/geometry.py            # also re-renders png/*.png (identical to issue13.py's)

How: issue13.py's functions are run unchanged; Figure.savefig is wrapped so that, while the real savefig
runs, a "draw_event" callback records the geometry of the LAST draw, which is the one rasterised into the
PNG. Hence every coordinate is in the saved PNG's own pixel frame, also for the bbox_inches="tight" figure
(there the figure is temporarily cropped to the padded tight bbox during the save). For that figure the
script also checks the crop arithmetic independently: it re-draws the figure uncropped, shifts by the tight
bbox origin and compares, and it renders a copy with a known red pixel block and finds it in the PNG.

Conventions: device pixels, origin at the top left of the saved PNG, y down (flipped with the Agg
renderer's integer pixel height); boxes are [left, top, right, bottom]; points are [x, y]; line widths
are given in points and in px (points * dpi / 72); colours are "#rrggbbaa".
Text "extent" is Text.get_window_extent(renderer); text "position" is the text's anchor point (its
get_position() through its transform) with its ha/va; ticks are those Axis._update_ticks() draws (inside
the view interval), each with the point where the tick mark meets the spine ("tick1"/"tick2", null when
that side's mark is off), the mark's length in points and direction, and its labels ("label1" bottom/left,
"label2" top/right; null when not visible).
"""
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import colors as mcolors  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import issue13  # noqa: E402

from render import PINNED  # noqa: E402


class Frame:
    """Display (y up) -> saved-PNG device pixels (y down)."""

    def __init__(self, height, dx=0.0, dy=0.0):
        self.height, self.dx, self.dy = height, dx, dy

    def pt(self, xy):
        return [float(xy[0]) - self.dx, self.height - float(xy[1]) - self.dy]

    def box(self, b):
        return [float(b.x0) - self.dx, self.height - float(b.y1) - self.dy,
                float(b.x1) - self.dx, self.height - float(b.y0) - self.dy]


def hexcolor(c):
    return mcolors.to_hex(c, keep_alpha=True)


def text_record(t, r, f):
    if t is None or not t.get_visible() or t.get_text() == "":
        return None
    return {"text": t.get_text(), "fontsize": t.get_fontsize(), "fontweight": str(t.get_fontweight()),
            "color": hexcolor(t.get_color()), "ha": t.get_horizontalalignment(),
            "va": t.get_verticalalignment(), "rotation": t.get_rotation(),
            "position": f.pt(t.get_transform().transform(t.get_position())),
            "extent": f.box(t.get_window_extent(r))}


def tick_list(axis, ticks, r, f):
    out = []
    for tick in ticks:
        rec = {"value": float(tick.get_loc())}
        for side in ("1", "2"):
            line = getattr(tick, "tick%sline" % side)
            if line.get_visible():
                rec["tick" + side] = f.pt(line.get_transform().transform(line.get_xydata()[0]))
            else:
                rec["tick" + side] = None
            rec["label" + side] = text_record(getattr(tick, "label" + side), r, f)
        rec["size_pt"] = float(tick.tick1line.get_markersize())
        rec["width_pt"] = float(tick.tick1line.get_markeredgewidth())
        rec["direction"] = tick.get_tickdir()
        rec["gridline"] = tick.gridline.get_visible()
        out.append(rec)
    return out


def axis_record(axis, r, f):
    major = axis._update_ticks()  # the ticks drawn: locator values inside the view interval
    major_set = set(id(t) for t in axis.get_major_ticks())
    majors = [t for t in major if id(t) in major_set]
    minors = [t for t in major if id(t) not in major_set]
    return {"scale": axis.get_scale(),
            "major": tick_list(axis, majors, r, f),
            "minor": tick_list(axis, minors, r, f),
            "label": text_record(axis.label, r, f),
            "offset_text": text_record(axis.offsetText, r, f)}


def line_record(line, r, f, dpi):
    xy = line.get_transform().transform(line.get_xydata())
    return {"label": line.get_label(), "n": int(len(xy)),
            "first3": [f.pt(p) for p in xy[:3]], "last3": [f.pt(p) for p in xy[-3:]],
            "linewidth_pt": float(line.get_linewidth()), "linewidth_px": float(line.get_linewidth()) * dpi / 72,
            "linestyle": line.get_linestyle(), "color": hexcolor(line.get_color()),
            "marker": str(line.get_marker()), "markersize_pt": float(line.get_markersize()),
            "visible": line.get_visible()}


def legend_record(leg, r, f):
    if leg is None:
        return None
    entries = []
    for text, handle in zip(leg.get_texts(), leg.legend_handles):
        rec = {"label": text_record(text, r, f)}
        if isinstance(handle, Line2D):
            xy = handle.get_transform().transform(handle.get_xydata())
            rec["handle"] = {"kind": "line", "start": f.pt(xy[0]), "end": f.pt(xy[-1]),
                             "color": hexcolor(handle.get_color()), "linewidth_pt": float(handle.get_linewidth())}
        else:
            rec["handle"] = {"kind": "patch", "extent": f.box(handle.get_window_extent(r))}
        entries.append(rec)
    return {"frame": f.box(leg.legendPatch.get_window_extent(r)),
            "extent": f.box(leg.get_window_extent(r)),
            "title": text_record(leg.get_title(), r, f), "entries": entries}


def axes_record(i, fig, ax, r, f, dpi):
    rec = {"index": i, "box": f.box(ax.get_window_extent(r)),
           "position_figure_fraction": [float(v) for v in ax.get_position().bounds],
           "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
           "twin_of": None,
           "title": {k: text_record(t, r, f) for k, t in
                     (("center", ax.title), ("left", ax._left_title), ("right", ax._right_title))},
           "xaxis": axis_record(ax.xaxis, r, f), "yaxis": axis_record(ax.yaxis, r, f),
           "texts": [text_record(t, r, f) for t in ax.texts],
           "lines": [line_record(l, r, f, dpi) for l in ax.lines],
           "legend": legend_record(ax.get_legend(), r, f)}
    for j, other in enumerate(fig.axes):
        if other is not ax and ax in other._twinned_axes.get_siblings(other) and j < i:
            rec["twin_of"] = j
    bars, segments, caps = [], [], []
    for p in ax.patches:
        if isinstance(p, Rectangle):
            bars.append({"box": f.box(p.get_window_extent(r)), "facecolor": hexcolor(p.get_facecolor()),
                         "edgecolor": hexcolor(p.get_edgecolor()), "linewidth_pt": float(p.get_linewidth()),
                         "data_xywh": [float(p.get_x()), float(p.get_y()), float(p.get_width()),
                                       float(p.get_height())]})
    for c in ax.collections:
        if isinstance(c, LineCollection):
            tr = c.get_transform()
            segments.append({"segments": [[f.pt(p) for p in tr.transform(s)] for s in c.get_segments()],
                             "color": [hexcolor(x) for x in c.get_colors()],
                             "linewidth_pt": [float(w) for w in c.get_linewidths()]})
    for cont in ax.containers:
        err = getattr(cont, "errorbar", None)
        if err is not None:
            _, caplines, _ = err.lines
            for cl in caplines:
                xy = cl.get_transform().transform(cl.get_xydata())
                caps.append({"centers": [f.pt(p) for p in xy], "marker": str(cl.get_marker()),
                             "markersize_pt": float(cl.get_markersize()),
                             "markersize_px": float(cl.get_markersize()) * dpi / 72,
                             "markeredgewidth_pt": float(cl.get_markeredgewidth()),
                             "color": hexcolor(cl.get_color())})
    if bars:
        rec["bars"] = bars
        rec["category_ticks"] = {lab.get_text(): float(v) for v, lab in
                                 zip(ax.get_xticks(), ax.get_xticklabels())}
    if segments:
        rec["errorbar_segments"] = segments
    if caps:
        rec["errorbar_caps"] = caps
    return rec


def figure_record(fig, r, f):
    dpi = fig.dpi
    engine = fig.get_layout_engine()
    return {"dpi": dpi, "figsize_in": [float(v) for v in fig.get_size_inches()],
            "renderer_px": [int(r.width), int(r.height)],
            "layout_engine": None if engine is None else type(engine).__name__,
            "layout_params": None if engine is None else {k: v for k, v in engine.get().items()
                                                           if isinstance(v, (int, float, type(None)))},
            "suptitle": text_record(fig._suptitle, r, f),
            "supxlabel": text_record(fig._supxlabel, r, f), "supylabel": text_record(fig._supylabel, r, f),
            "figure_texts": [text_record(t, r, f) for t in fig.texts],
            "figure_legends": [legend_record(l, r, f) for l in fig.legends],
            "axes": [axes_record(i, fig, ax, r, f, dpi) for i, ax in enumerate(fig.axes)]}


CAPTURED = {}


def capture_savefig(self, fname, *args, **kwargs):
    """Figure.savefig wrapper: record the geometry of the last draw of the real save."""
    state = {}

    def on_draw(event):
        r = event.renderer
        state["record"] = figure_record(self, r, Frame(r.height))

    cid = self.canvas.mpl_connect("draw_event", on_draw)
    try:
        ORIGINAL_SAVEFIG(self, fname, *args, **kwargs)
    finally:
        self.canvas.mpl_disconnect(cid)
    CAPTURED.update(fig=self, path=Path(fname), kwargs=kwargs, record=state["record"])


ORIGINAL_SAVEFIG = Figure.savefig


def compare(a, b, path="", tol=1e-6):
    if isinstance(a, dict):
        assert set(a) == set(b), (path, set(a) ^ set(b))
        for k in a:
            if k in ("layout_engine", "layout_params", "figsize_in"):
                continue
            compare(a[k], b[k], path + "." + k, tol)
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for k, (x, y) in enumerate(zip(a, b)):
            compare(x, y, "%s[%d]" % (path, k), tol)
    elif isinstance(a, float) and isinstance(b, float):
        assert abs(a - b) <= tol, (path, a, b)
    else:
        assert a == b, (path, a, b)


def tight_checks(fig, saved_size):
    """Independent checks of the bbox_inches="tight" crop."""
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    tight = fig.get_tightbbox(r).padded(matplotlib.rcParams["savefig.pad_inches"])
    dpi = fig.dpi
    full_h = r.height
    saved_h = int(tight.height * dpi + 1e-8)  # get_width_height() truncates the cropped size (1e-8 tolerance)
    # saved y' = saved_h - (Y - y0*dpi) = (full_h - Y) - (full_h - saved_h - y0*dpi)
    shift = Frame(full_h, dx=tight.x0 * dpi, dy=full_h - saved_h - tight.y0 * dpi)
    shifted = figure_record(fig, r, shift)
    # a 6x6-px antialiased red block placed in figure coordinates (which the crop shifts) inside the axes,
    # so it does not change the tight bbox; its coverage-weighted centroid is found in the saved PNG
    ax = fig.axes[0]
    box = ax.get_window_extent(r)
    X, Y = round(box.x0 + 0.3 * box.width), round(box.y0 + 0.6 * box.height)
    W, H = fig.bbox.width, fig.bbox.height
    patch = Rectangle((X / W, Y / H), 6 / W, 6 / H, transform=fig.transFigure, facecolor="#ff0000",
                      edgecolor="none", zorder=100, snap=False)
    fig.add_artist(patch)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "probe.png"
        ORIGINAL_SAVEFIG(fig, p, bbox_inches="tight")
        img = plt.imread(p)[..., :3].astype(float)
    patch.remove()
    expected = shift.pt((X + 3, Y + 3))  # the block's centre in the saved frame (y down)
    R, G, B = img[..., 0], img[..., 1], img[..., 2]
    mask = (R > 0.98) & (np.abs(G - B) < 0.02) & (G < 0.98)
    rows, cols = np.nonzero(mask)
    near = (np.abs(cols - expected[0]) < 12) & (np.abs(rows - expected[1]) < 12)
    rows, cols = rows[near], cols[near]
    w = 1.0 - G[rows, cols]
    found = [float(np.sum((cols + 0.5) * w) / np.sum(w)), float(np.sum((rows + 0.5) * w) / np.sum(w))]
    return {"tight_bbox_in": [float(tight.x0), float(tight.y0), float(tight.x1), float(tight.y1)],
            "tight_bbox_in_note": "fig.get_tightbbox(renderer).padded(pad_inches=0.1), inches, "
                                  "[x0, y0, x1, y1] with y UP from the figure's bottom edge",
            "full_canvas_px": [int(r.width), int(r.height)],
            "saved_px_from_bbox": [int(tight.width * dpi + 1e-8), saved_h],
            "shift_px": [shift.dx, shift.dy],
            "shift_note": "saved (x, y) = uncropped device (x, y) - shift_px; shift_px = "
                          "[x0*dpi, full_height - int(tight_height*dpi + 1e-8) - y0*dpi]",
            "probe": {"uncropped_display_center_y_up": [X + 3, Y + 3], "predicted_center": expected,
                      "found_center": found, "coverage_px": float(np.sum(w))}}, shifted


def main():
    if matplotlib.__version__ != PINNED:
        sys.exit(f"matplotlib {matplotlib.__version__} != pinned {PINNED}")
    outdir = HERE / "geometry"
    outdir.mkdir(exist_ok=True)
    pngdir = HERE / "png"
    pngdir.mkdir(exist_ok=True)
    Figure.savefig = capture_savefig
    try:
        for make in issue13.FIGURES:
            plt.rcdefaults()
            CAPTURED.clear()
            make(pngdir)
            fig, path, rec = CAPTURED["fig"], CAPTURED["path"], CAPTURED["record"]
            img = plt.imread(path)
            saved = [int(img.shape[1]), int(img.shape[0])]
            assert saved == rec["renderer_px"], (saved, rec["renderer_px"])
            payload = {"matplotlib": matplotlib.__version__, "numpy": np.__version__, "name": make.__name__,
                       "png": "png/" + path.name, "savefig_kwargs": {k: str(v) for k, v in
                                                                   CAPTURED["kwargs"].items()},
                       "saved_png_px": saved,
                       "frame": "device px of the saved PNG: origin top-left, y down"}
            if CAPTURED["kwargs"].get("bbox_inches") == "tight":
                payload["frame"] += ("; the PNG is the figure cropped to the padded tight bbox, so all "
                                     "coordinates are the uncropped ones minus tight.shift_px")
                tight, shifted = tight_checks(fig, saved)
                compare(rec, {**shifted, "renderer_px": rec["renderer_px"]})
                probe = tight["probe"]
                assert abs(probe["coverage_px"] - 36) < 0.5 and all(
                    abs(a - b) < 0.05 for a, b in zip(probe["predicted_center"], probe["found_center"])), probe
                tight["check"] = ("uncropped geometry minus shift_px equals the geometry captured during the "
                                  "tight save (|diff| <= 1e-6 px); the red probe block's centroid was found within 0.05 px of the prediction")
                payload["tight"] = tight
            payload.update(rec)
            payload["figsize_in"] = [float(v) for v in fig.get_size_inches()]  # as set (the save restores it)
            # savefig swaps in a PlaceHolderLayoutEngine for its final draw (the layout was done in a
            # first, unrendered draw); report the figure's own engine
            engine = fig.get_layout_engine()
            payload["layout_engine"] = None if engine is None else type(engine).__name__
            payload["layout_params"] = None if engine is None else {
                k: (list(v) if isinstance(v, tuple) else v) for k, v in engine.get().items()}
            with open(outdir / (make.__name__ + ".json"), "w") as fh:
                json.dump(payload, fh, indent=1, sort_keys=True)
                fh.write("\n")
            plt.close("all")
            print(outdir / (make.__name__ + ".json"))
    finally:
        Figure.savefig = ORIGINAL_SAVEFIG


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate seaborn_*.json: the geometry of reference seaborn/matplotlib figures, for the Plot layer.

Pinned versions: seaborn 0.13.2, matplotlib 3.11.2 (Agg, rcdefaults(), dpi 100), numpy 2.4.6,
scipy 1.17.1. The figures are built by Tools/reference/render_reference.py (imported here), so
the fixtures describe exactly the reference PNGs.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_seaborn_fixtures.py

Files: seaborn_NAME.json for every NAME in render_reference.FIGURES: seaborn_notebook.json
(14x10 in, 4 distplots of the notebook's intended data), seaborn_demo.json, and 6.4x4.8 in figures
of histplot/kdeplot/distplot/rugplot options (hue with each `multiple`, elements, stats, bins,
bandwidths, clip/cut, fits) and of the "darkgrid"/"whitegrid" themes (which also record the
`sns.axes_style()`, `sns.plotting_context()` and palette dicts in force, under "theme").

Coordinates: "px" values are pixels with the origin at the TOP-left of the figure
(y_px = figure_height_px - y_display); a line's "px" are the vertices it draws (after a step
drawstyle). Boxes are [left, top, right, bottom] in px.
Colours are RGBA in 0...1; line widths are in points. Data arrays are full precision. To keep
the files small only the pixel geometry of artists is written (not their data coordinates).
Non-finite numbers (e.g. the empty y data limits of a lone rugplot) are written as null.
A LineCollection without its own capstyle is drawn with the graphics-context default "butt",
which is what "capstyle" records.
"""
import json
import os
import sys

import numpy as np
import pandas as pd
from matplotlib import colors as mcolors
from matplotlib import font_manager
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "Tools", "reference"))
import render_reference as ref  # noqa: E402


class Recorder:
    def __init__(self, fig):
        self.fig = fig
        fig.canvas.draw()
        self.renderer = fig.canvas.get_renderer()
        self.height = float(fig.bbox.height)

    def points(self, xy):
        return [[float(x), self.height - float(y)] for x, y in np.asarray(xy, float).reshape(-1, 2)]

    def box(self, bbox):
        return [float(bbox.x0), self.height - float(bbox.y1), float(bbox.x1), self.height - float(bbox.y0)]

    @staticmethod
    def rgba(color):
        return [float(v) for v in mcolors.to_rgba(color)]

    def text(self, text):
        anchor = text.get_transform().transform(text.get_unitless_position())
        return {
            "text": text.get_text(),
            "anchor_px": self.points(anchor)[0],
            "extent_px": self.box(text.get_window_extent(self.renderer)) if text.get_text() else None,
            "fontsize": float(text.get_fontsize()),
            "ha": text.get_horizontalalignment(),
            "va": text.get_verticalalignment(),
            "rotation": float(text.get_rotation()),
            "color": self.rgba(text.get_color()),
        }

    def artist(self, a, ax):
        common = {"zorder": float(a.get_zorder()), "label": str(a.get_label())}
        if isinstance(a, Rectangle):
            x0, y0 = a.get_x(), a.get_y()
            return {"type": "rectangle", **common, "x0": float(x0), "y0": float(y0),
                    "x1": float(x0 + a.get_width()), "y1": float(y0 + a.get_height()),
                    "px": self.box(a.get_window_extent(self.renderer)),
                    "facecolor": self.rgba(a.get_facecolor()), "edgecolor": self.rgba(a.get_edgecolor()),
                    "linewidth": float(a.get_linewidth())}
        if isinstance(a, Line2D):
            drawn = a.get_path().vertices  # after the drawstyle's steps
            return {"type": "line", **common, "px": self.points(a.get_transform().transform(drawn)),
                    "color": self.rgba(a.get_color()), "alpha": a.get_alpha(),
                    "linewidth": float(a.get_linewidth()), "linestyle": a.get_linestyle(),
                    "solid_capstyle": a.get_solid_capstyle(), "solid_joinstyle": a.get_solid_joinstyle()}
        if isinstance(a, LineCollection):
            blended = a.get_transform() == ax.get_xaxis_transform()
            return {"type": "line_collection", **common,
                    "coordinates": "x data, y axes fraction" if blended else "data",
                    "segments_px": [self.points(a.get_transform().transform(seg)) for seg in a.get_segments()],
                    "colors": [self.rgba(c) for c in a.get_colors()],
                    "linewidths": [float(w) for w in a.get_linewidths()], "alpha": a.get_alpha(),
                    "capstyle": a.get_capstyle() or "butt"}
        if isinstance(a, PolyCollection):
            paths = a.get_paths()
            return {"type": "poly_collection", **common,
                    "paths_px": [self.points(a.get_transform().transform(path.vertices)) for path in paths],
                    "facecolors": [self.rgba(c) for c in a.get_facecolors()],
                    "edgecolors": [self.rgba(c) for c in a.get_edgecolors()],
                    "linewidths": [float(w) for w in a.get_linewidths()], "alpha": a.get_alpha()}
        if isinstance(a, Text):
            return {"type": "text", **common, **self.text(a), "position": [float(v) for v in a.get_position()]}
        raise TypeError(f"no recorder for {type(a).__name__}")

    def axis(self, axis, ax):
        drawn = axis._update_ticks()
        to_px = ax.transData.transform
        along = 0 if axis.axis_name == "x" else 1
        ticks = []
        for t in drawn:
            loc = t.get_loc()
            point = self.points(to_px((loc, 1) if along == 0 else (1, loc)))[0]  # 1 is valid on log axes too
            ticks.append({"value": float(loc), "px": point[along], "label": t.label1.get_text(),
                          "label_extent_px": self.box(t.label1.get_window_extent(self.renderer)),
                          "label_anchor_px": self.points(t.label1.get_transform().transform(
                              t.label1.get_unitless_position()))[0]})
        offset = axis.offsetText
        return {"ticks": ticks, "offset_text": offset.get_text(),
                "offset_extent_px": self.box(offset.get_window_extent(self.renderer)) if offset.get_text() else None,
                "label": self.text(axis.label)}

    def legend(self, ax):
        leg = ax.get_legend()
        if leg is None:
            return None
        frame = leg.legendPatch
        entries = []
        for text, handle in zip(leg.get_texts(), leg.legend_handles):
            entry = {"text": text.get_text(), "fontsize": float(text.get_fontsize()),
                     "text_extent_px": self.box(text.get_window_extent(self.renderer)),
                     "handle_type": type(handle).__name__,
                     "handle_extent_px": self.box(handle.get_window_extent(self.renderer))}
            if isinstance(handle, Line2D):
                entry.update(color=self.rgba(handle.get_color()), linewidth=float(handle.get_linewidth()),
                             handle_px=self.points(handle.get_transform().transform(handle.get_xydata())))
            else:
                entry.update(color=self.rgba(handle.get_facecolor()), edgecolor=self.rgba(handle.get_edgecolor()),
                             linewidth=float(handle.get_linewidth()))
            entries.append(entry)
        title = leg.get_title()
        return {"extent_px": self.box(leg.get_window_extent(self.renderer)),
                "title": self.text(title) if title.get_visible() and title.get_text() else None,
                "frame_extent_px": self.box(frame.get_window_extent(self.renderer)),
                "frame_facecolor": self.rgba(frame.get_facecolor()),
                "frame_edgecolor": self.rgba(frame.get_edgecolor()),
                "frame_linewidth": float(frame.get_linewidth()), "loc": leg._loc, "entries": entries}

    def axis_look(self, axis):
        tick = axis.get_major_ticks()[0]
        return {"tick_visible": bool(tick.tick1line.get_visible()), "tick_size": float(tick.tick1line.get_markersize()),
                "tick_width": float(tick.tick1line.get_markeredgewidth()), "tick_color": self.rgba(tick.tick1line.get_color()),
                "tick_pad": float(tick.get_pad()), "label_size": float(tick.label1.get_fontsize()),
                "label_color": self.rgba(tick.label1.get_color()), "grid_visible": bool(tick.gridline.get_visible()),
                "grid_color": self.rgba(tick.gridline.get_color()), "grid_width": float(tick.gridline.get_linewidth()),
                "zorder": float(axis.get_zorder())}

    def look(self, ax):
        spines = {name: {"visible": bool(sp.get_visible()), "color": self.rgba(sp.get_edgecolor()),
                         "linewidth": float(sp.get_linewidth())} for name, sp in ax.spines.items()}
        font = font_manager.findfont(font_manager.FontProperties(family=ref.matplotlib.rcParams["font.family"]))
        return {"facecolor": self.rgba(ax.get_facecolor()), "spines": spines,
                "xaxis": self.axis_look(ax.xaxis), "yaxis": self.axis_look(ax.yaxis),
                "font_file": os.path.basename(font)}

    def axes(self, ax):
        children = sorted(ax._children, key=lambda a: a.get_zorder())  # draw order (stable)
        return {
            "bbox_px": self.box(ax.get_window_extent(self.renderer)),
            "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
            "margins": [float(v) for v in ax.margins()],
            "data_lim": [float(v) for v in ax.dataLim.extents],
            "xaxis": self.axis(ax.xaxis, ax), "yaxis": self.axis(ax.yaxis, ax),
            "title": self.text(ax.title),
            "artists": [self.artist(a, ax) for a in children],
            "legend": self.legend(ax),
            "look": self.look(ax),
        }

    def figure(self, name, data, theme=None):
        w, h = self.fig.get_size_inches()
        return {"name": name, "versions": ref.PINNED, "figsize": [float(w), float(h)], "dpi": float(self.fig.dpi),
                "size_px": [float(self.fig.bbox.width), self.height], "data": data, "theme": theme,
                "facecolor": self.rgba(self.fig.get_facecolor()),
                "axes": [self.axes(ax) for ax in self.fig.axes]}


def json_value(value):
    """A seaborn rc value as JSON: colours as RGBA lists, other strings, numbers and lists as they are."""
    if isinstance(value, str):
        try:
            return Recorder.rgba(value)
        except ValueError:
            return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return str(value)


def theme_record(name):
    """The seaborn theme dicts in force while `name` was built, or None under rcdefaults."""
    if not name.startswith("theme_"):
        return None
    return {"style": {k: json_value(v) for k, v in ref.sns.axes_style().items()},
            "context": {k: json_value(v) for k, v in ref.sns.plotting_context().items()},
            "palette": [Recorder.rgba(c) for c in ref.sns.color_palette()]}


def finite_or_null(value):
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite_or_null(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite_or_null(v) for v in value]
    return value


def lists(d):
    return {k: lists(v) if isinstance(v, dict) else v.tolist() if isinstance(v, np.ndarray) else v
            for k, v in d.items()}


def main():
    nb = ref.notebook_data()
    hue = ref.hue_frame()
    datasets = {
        "notebook": {"seed": 2314, "components": [lists(c) for c in nb["components"]]},
        "normal": {"x": ref.normal_data().tolist(), "source": "np.random.RandomState(0).normal(0.0, 1.0, 200)"},
        "small": {"x": ref.small_data().tolist(), "source": "np.random.RandomState(3).normal(0.0, 1.0, 80)"},
        "discrete": {"x": ref.discrete_data().astype(float).tolist(),
                     "source": "np.random.RandomState(4).poisson(3.0, 80)"},
        "positive": {"x": ref.positive_data().tolist(), "source": "np.random.RandomState(5).exponential(1.0, 80)"},
        "hue": {"x_name": "value", "hue_name": "group", "source": ref.hue_frame.__doc__.strip(),
                "groups": [{"name": name, "values": hue.loc[hue["group"] == name, "value"].tolist()}
                           for name in pd.unique(hue["group"])]},
        "demo": lists(ref.demo_data()),
    }
    for name, build in ref.FIGURES.items():
        fig = build()
        record = Recorder(fig).figure(name, datasets[ref.figure_data_name(name)], theme_record(name))
        with open(os.path.join(HERE, f"seaborn_{name}.json"), "w") as fh:
            json.dump(finite_or_null(record), fh, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        ref.plt.close(fig)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate layout_constrained.json, layout_tight_bbox.json, legend_placement.json, ticks_custom.json and
ticks_shared.json: figure layout, legend placement and hand-set tickers, recorded from matplotlib.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults() before every case,
the bundled DejaVu Sans.

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_layout_fixtures.py

Coordinates are device pixels with the origin at the top left (y down; flipped with the Agg renderer's
integer pixel height); boxes are [left, top, right, bottom]; points are [x, y]. Everything is measured
after fig.canvas.draw(); text extents are Text.get_window_extent(renderer), text "origin"s are the text's
anchor (get_position() through its transform). Every file is {"matplotlib": version, "cases": [...]}, each
case {"name", "spec", "expected"}; the JSON is compact, with sorted keys.

The spec (what the Swift test rebuilds; fields marked * are optional and appear only where a case uses them):
    figsize [w, h] inches; dpi; nrows, ncols; sharex, sharey: false | true | "row" | "col" (plt.subplots);
    layout: null | "constrained"; suptitle: null | str (fig.suptitle);
    axes: one object per axes in row-major order:
        xlim, ylim: [a, b] (set_xlim/set_ylim after the scale; reversed = inverted axis) or null (autoscale);
        xscale, yscale: "linear" | "log" (set before the limits);
        title, xlabel, ylabel: str | null;
        xticks, yticks: null | [values] (set_xticks(values)); xticklabels, yticklabels: null | [str]
            (set_xticks(values, labels=...));
        * lines: [{"x": [...], "y": [...], "label": str|null}] -> ax.plot(x, y, label=label), in order
          (colours follow the default cycle C0, C1, ...), drawn before the limits are set;
        * legend: {"loc": str, "bbox_to_anchor": null | [x, y] | [x, y, w, h], "ncol": n, "title": str|null,
          * "mode": "expand", * "frameon": false} -> ax.legend(loc=..., bbox_to_anchor=..., ncols=n, ...);
        * texts: [{"x", "y", "s", "transform": "axes" | "data" | "figure"}] -> ax.text(x, y, s,
          transform=ax.transAxes | ax.transData | fig.transFigure);
        * ticker (ticks_custom.json only): {"axis": "x" | "y", "locator": null | {"kind": ...},
          "minor_locator": null | {...}, "formatter": null | {...}} applied to that axis after the limits:
            locator kinds: {"kind": "multiple", "base", "offset"} MultipleLocator(base, offset);
                {"kind": "maxn", "nbins": n | "auto", "steps": null | [...], "integer": bool} MaxNLocator;
            minor_locator kinds: {"kind": "auto_minor", "n": null | n} AutoMinorLocator(n);
            formatter kinds: {"kind": "percent", "xmax", "decimals": null | n} PercentFormatter(xmax, decimals);
                {"kind": "strmethod", "fmt"} StrMethodFormatter; {"kind": "formatstr", "fmt"}
                FormatStrFormatter; {"kind": "null"} NullFormatter.
          null = leave matplotlib's default (for a log axis: LogLocator + LogFormatterSciNotation, minor
          LogLocator(subs="auto") whose labels matplotlib shows when the axis spans little). FixedLocator
          cases use the axes' xticks/xticklabels (set_xticks) with locator null. Note set_xticks/set_yticks
          EXPAND the view limits to cover the given values (fixed_out_of_view_y: ylim (0, 1) -> (-0.5, 1.5)).
    * figure_legend: like legend, but fig.legend(...) over the handles of all axes (loc may be
      "outside upper center" under constrained layout).
Build order: subplots, then per axes lines, scales, limits, ticks, labels, title, texts, ticker, legend;
then suptitle and figure_legend.

layout_constrained.json — expected: canvas [w, h] px (fig.bbox), renderer_px [int w, int h], every axes box
    (ax.get_window_extent()), layout_params (fig.get_layout_engine().get(): w_pad, h_pad in inches, wspace,
    hspace as fractions; null for the layout=None controls, whose names end in "_no_layout"), warnings (the
    sorted messages of any Python warnings raised while building and drawing; all empty at 3.11.2).
    Note: for layout the axis labels and titles count only across their thin direction (Axes.get_tightbbox
    for_layout_only: no x-extent of the title/xlabel, no y-extent of the ylabel), so a y label longer than
    the axes or a title wider than the figure does not move the axes.
layout_tight_bbox.json — saved with savefig(bbox_inches="tight") (pad_inches 0.1): expected saved_png_px (the
    PNG read back), tight_bbox_in [x0, y0, x1, y1] inches y-up from the figure's bottom-left (padded),
    full_canvas_px, shift_px (saved = uncropped device coordinate - shift_px, = [x0*dpi, H - int(h*dpi + 1e-8)
    - y0*dpi]; the PNG is [int(w*dpi + 1e-8), int(h*dpi + 1e-8)] px, so the lost pixel fraction comes off the
    top and right), and in the saved PNG's frame: axes boxes, legends (per axes: the legendPatch box or null),
    texts (per axes: the extents of its ax.text artists); these were captured in the draw that savefig
    rasterises and checked against the uncropped draw shifted by shift_px.
legend_placement.json — expected: canvas, renderer_px, axes box; legend: frame (legendPatch extent, or the
    legend's own window extent when frameon is false), frameon, extent (the legend's window extent), title {text, origin, extent} or null,
    entries [{text, origin, extent, handle: {start, end}}].
ticks_custom.json — expected for both axes ("x", "y"): view interval (get_view_interval, in drawn order of
    the limits as set), major and minor: [{value, px (the tick's device coordinate along its axis), label
    (label1.get_text())}] for the ticks drawn (inside the view), major_locs / minor_locs (the locator's raw
    values, possibly outside the view), offset_text.
ticks_shared.json — no layout engine; expected per axes: xlim, ylim after autoscaling, box, x/y tick labels
    visible (label1 of the drawn major ticks; all of them agree), xlabel/ylabel text as left by
    plt.subplots' label hiding, x/y offset text visible and its text, and the drawn major tick values and labels.
    plt.subplots hides inner tick labels only for sharex "col"/True (non-bottom rows) and sharey "row"/True
    (non-left columns), together with those axes' offset texts; "row" for x or "col" for y hides nothing.
"""
import json
import os
import tempfile
import warnings

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ticker  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

PINNED = "3.11.2"
assert matplotlib.__version__ == PINNED, matplotlib.__version__
HERE = os.path.dirname(os.path.abspath(__file__))
ORIGINAL_SAVEFIG = Figure.savefig


# ----------------------------------------------------------------------------------------------- building
def axes_spec(**kw):
    spec = {"xlim": [0.0, 1.0], "ylim": [0.0, 1.0], "xscale": "linear", "yscale": "linear", "title": None,
            "xlabel": None, "ylabel": None, "xticks": None, "xticklabels": None, "yticks": None,
            "yticklabels": None}
    spec.update(kw)
    return spec


def fig_spec(axes, figsize=(6.4, 4.8), dpi=100, nrows=1, ncols=1, sharex=False, sharey=False, layout=None,
             suptitle=None, **extra):
    if isinstance(axes, dict):
        axes = [dict(axes) for _ in range(nrows * ncols)]
    assert len(axes) == nrows * ncols
    spec = {"figsize": [float(v) for v in figsize], "dpi": dpi, "nrows": nrows, "ncols": ncols,
            "sharex": sharex, "sharey": sharey, "layout": layout, "suptitle": suptitle, "axes": axes}
    spec.update(extra)
    return spec


def make_legend(target, lspec, **more):
    kw = {"loc": lspec["loc"], "ncols": lspec.get("ncol", 1), "title": lspec.get("title")}
    if lspec.get("bbox_to_anchor") is not None:
        kw["bbox_to_anchor"] = tuple(lspec["bbox_to_anchor"])
    if "mode" in lspec:
        kw["mode"] = lspec["mode"]
    if "frameon" in lspec:
        kw["frameon"] = lspec["frameon"]
    kw.update(more)
    return target.legend(**kw)


def make_locator(s):
    if s["kind"] == "multiple":
        return ticker.MultipleLocator(s["base"], s.get("offset", 0.0))
    if s["kind"] == "maxn":
        kw = {"nbins": s["nbins"], "integer": s.get("integer", False)}
        if s.get("steps") is not None:
            kw["steps"] = s["steps"]
        return ticker.MaxNLocator(**kw)
    if s["kind"] == "auto_minor":
        return ticker.AutoMinorLocator(s.get("n"))
    raise ValueError(s)


def make_formatter(s):
    if s["kind"] == "percent":
        return ticker.PercentFormatter(xmax=s["xmax"], decimals=s.get("decimals"))
    if s["kind"] == "strmethod":
        return ticker.StrMethodFormatter(s["fmt"])
    if s["kind"] == "formatstr":
        return ticker.FormatStrFormatter(s["fmt"])
    if s["kind"] == "null":
        return ticker.NullFormatter()
    raise ValueError(s)


def share(v):
    return {False: False, True: True}.get(v, v)


def build(spec):
    matplotlib.rcdefaults()
    fig, axs = plt.subplots(spec["nrows"], spec["ncols"], figsize=tuple(spec["figsize"]), dpi=spec["dpi"],
                            sharex=share(spec["sharex"]), sharey=share(spec["sharey"]), layout=spec["layout"],
                            squeeze=False)
    axes = list(axs.flat)
    for ax, a in zip(axes, spec["axes"]):
        for line in a.get("lines", []):
            ax.plot(line["x"], line["y"], label=line.get("label"))
        ax.set_xscale(a["xscale"])
        ax.set_yscale(a["yscale"])
        if a["xlim"] is not None:
            ax.set_xlim(*a["xlim"])
        if a["ylim"] is not None:
            ax.set_ylim(*a["ylim"])
        if a["xticks"] is not None:
            ax.set_xticks(a["xticks"], labels=a["xticklabels"])
        if a["yticks"] is not None:
            ax.set_yticks(a["yticks"], labels=a["yticklabels"])
        if a["xlabel"] is not None:
            ax.set_xlabel(a["xlabel"])
        if a["ylabel"] is not None:
            ax.set_ylabel(a["ylabel"])
        if a["title"] is not None:
            ax.set_title(a["title"])
        for t in a.get("texts", []):
            tr = {"axes": ax.transAxes, "data": ax.transData, "figure": fig.transFigure}[t["transform"]]
            ax.text(t["x"], t["y"], t["s"], transform=tr)
        tk = a.get("ticker")
        if tk is not None:
            axis = ax.xaxis if tk["axis"] == "x" else ax.yaxis
            if tk.get("locator") is not None:
                axis.set_major_locator(make_locator(tk["locator"]))
            if tk.get("minor_locator") is not None:
                axis.set_minor_locator(make_locator(tk["minor_locator"]))
            if tk.get("formatter") is not None:
                axis.set_major_formatter(make_formatter(tk["formatter"]))
        if a.get("legend") is not None:
            make_legend(ax, a["legend"])
    if spec["suptitle"] is not None:
        fig.suptitle(spec["suptitle"])
    if spec.get("figure_legend") is not None:
        make_legend(fig, spec["figure_legend"])
    return fig, axes


# ---------------------------------------------------------------------------------------------- measuring
class Frame:
    def __init__(self, height, dx=0.0, dy=0.0):
        self.height, self.dx, self.dy = height, dx, dy

    def pt(self, xy):
        return [float(xy[0]) - self.dx, self.height - float(xy[1]) - self.dy]

    def box(self, b):
        return [float(b.x0) - self.dx, self.height - float(b.y1) - self.dy,
                float(b.x1) - self.dx, self.height - float(b.y0) - self.dy]


def draw(fig):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    return r, Frame(r.height)


def text_rec(t, r, f):
    if t is None or not t.get_visible() or t.get_text() == "":
        return None
    return {"text": t.get_text(), "origin": f.pt(t.get_transform().transform(t.get_position())),
            "extent": f.box(t.get_window_extent(r))}


def legend_rec(leg, r, f):
    entries = []
    for text, handle in zip(leg.get_texts(), leg.legend_handles):
        e = text_rec(text, r, f)
        xy = handle.get_transform().transform(handle.get_xydata())
        e["handle"] = {"start": f.pt(xy[0]), "end": f.pt(xy[-1])}
        entries.append(e)
    frame = leg.legendPatch.get_window_extent(r) if leg.get_frame_on() else leg.get_window_extent(r)
    return {"frame": f.box(frame), "extent": f.box(leg.get_window_extent(r)), "frameon": leg.get_frame_on(),
            "title": text_rec(leg.get_title(), r, f), "entries": entries}


def canvas_rec(fig, r):
    return {"canvas": [float(fig.bbox.width), float(fig.bbox.height)], "renderer_px": [int(r.width), int(r.height)]}


def layout_params(fig):
    engine = fig.get_layout_engine()
    if engine is None:
        return None
    return {k: v for k, v in engine.get().items() if k in ("w_pad", "h_pad", "wspace", "hspace")}


def case(name, spec, expected):
    return {"name": name, "spec": spec, "expected": expected}


# ---------------------------------------------------------------------------------------- a) constrained
LONG_Y = "a very long y axis label that keeps on going well past the height of the axes"


def constrained_specs():
    A, S = axes_spec, fig_spec
    C = "constrained"
    specs = {
        "1x1_bare": S(A(), layout=C),
        "1x1_labels": S(A(title="Title", xlabel="x label", ylabel="y label"), layout=C),
        "1x1_small_long_title": S(A(title="A rather long title for such a small figure", xlabel="time [s]",
                                    ylabel="value"), figsize=(4, 3), layout=C),
        "1x1_wide_very_long_ylabel": S(A(ylabel=LONG_Y, xlabel="x"), figsize=(10, 4), layout=C),
        "1x1_small_very_long_ylabel": S(A(ylabel=LONG_Y), figsize=(4, 3), layout=C),
        "1x1_ylim_1e5": S(A(ylim=[0.0, 1e5], ylabel="counts"), layout=C),
        "1x1_ylim_neg123456": S(A(ylim=[-123456.0, 0.0], ylabel="depth", xlabel="x"), layout=C),
        "1x1_explicit_yticklabels": S(A(yticks=[0.0, 0.5, 1.0], yticklabels=["low", "a medium long label", "high"],
                                        xlabel="x"), layout=C),
        "1x1_two_line_labels": S(A(xlabel="a\nb", ylabel="a\nb", title="two\nlines"), layout=C),
        "1x1_suptitle_dpi200": S(A(title="Title", xlabel="x", ylabel="y"), dpi=200, layout=C, suptitle="Suptitle"),
        "1x1_log_y": S(A(yscale="log", ylim=[1e-3, 1e5], ylabel="log y", xlabel="x"), layout=C),
        "1x2_labels": S(A(title="panel", xlabel="x", ylabel="y"), figsize=(10, 4), ncols=2, layout=C),
        "1x2_sharey": S(A(title="panel", xlabel="x", ylabel="y"), figsize=(10, 4), ncols=2, sharey=True, layout=C),
        "2x1_sharex": S(A(xlabel="x", ylabel="y"), nrows=2, sharex=True, layout=C),
        "2x1_mixed_tick_widths": S([A(ylabel="y"), A(ylim=[-123456.0, 0.0], ylabel="y", xlabel="x")], nrows=2,
                                   layout=C),
        "2x2_suptitle_labels": S(A(title="panel", xlabel="x", ylabel="y"), figsize=(8, 6), nrows=2, ncols=2,
                                 layout=C, suptitle="Four panels"),
        "2x2_share_all": S(A(xlabel="x", ylabel="y"), figsize=(8, 6), nrows=2, ncols=2, sharex=True, sharey=True,
                           layout=C),
        "2x2_sharex_col_sharey_row": S([A(ylim=[0.0, 1.0]), A(ylim=[0.0, 1.0]), A(ylim=[0.0, 1e5]),
                                        A(ylim=[0.0, 1e5])], figsize=(8, 6), nrows=2, ncols=2, sharex="col",
                                       sharey="row", layout=C),
        "2x2_wide_left_column": S([A(ylim=[-123456.0, 0.0], ylabel="deep"), A(), A(ylim=[0.0, 1e5], ylabel="big"),
                                   A()], figsize=(8, 6), nrows=2, ncols=2, layout=C),
        "2x2_small_titles": S(A(title="short"), figsize=(4, 3), nrows=2, ncols=2, layout=C),
        "2x2_xticklabels": S(A(xticks=[0.0, 0.25, 0.5, 0.75, 1.0], xticklabels=["0", "quarter", "half", "3/4", "one"],
                               title="custom x ticks"), nrows=2, ncols=2, layout=C),
        "2x3_titles": S(A(title="t", xlabel="x"), figsize=(10, 4), nrows=2, ncols=3, layout=C),
        "2x3_sharey_row": S(A(ylabel="y"), figsize=(10, 4), nrows=2, ncols=3, sharey="row", layout=C,
                            suptitle="sharey row"),
        "3x2_labels": S(A(xlabel="x", ylabel="y", title="title"), figsize=(8, 6), nrows=3, ncols=2, layout=C),
        "3x2_sharex_col_suptitle": S(A(xlabel="x", ylabel="y"), figsize=(8, 6), nrows=3, ncols=2, sharex="col",
                                     layout=C, suptitle="A suptitle over three rows"),
    }
    controls = ["1x1_labels", "1x2_labels", "2x2_suptitle_labels", "3x2_labels"]
    return specs, controls


def constrained_cases():
    specs, controls = constrained_specs()
    items = list(specs.items()) + [(n + "_no_layout", dict(specs[n], layout=None)) for n in controls]
    cases = []
    for name, spec in items:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig, axes = build(spec)
            r, f = draw(fig)
        exp = canvas_rec(fig, r)
        exp["axes"] = [f.box(ax.get_window_extent(r)) for ax in axes]
        exp["layout_params"] = layout_params(fig)
        exp["warnings"] = sorted(set(str(w.message) for w in caught))
        cases.append(case(name, spec, exp))
        plt.close(fig)
    return cases


# ---------------------------------------------------------------------------------------- b) tight bbox
def demo_lines(n, long=False):
    labels = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    longs = ["alpha (measured)", "b", "gamma, smoothed fit", "delta", "a rather long label", "z"]
    return [{"x": [0.0, 0.5, 1.0], "y": [0.1 + 0.15 * k, 0.5, 0.9 - 0.15 * k],
             "label": (longs if long else labels)[k]} for k in range(n)]


def tight_specs():
    A, S = axes_spec, fig_spec
    out_legend = {"loc": "upper left", "bbox_to_anchor": [1.02, 1.0], "ncol": 1, "title": None}
    return {
        "single_bare": S(A()),
        "single_labels_title": S(A(title="Title", xlabel="x label", ylabel="y label")),
        "single_wide_ticklabels": S(A(ylim=[-123456.0, 0.0], ylabel="depth", xlabel="x")),
        "legend_outside_upper_left": S(A(lines=demo_lines(3), legend=out_legend, xlabel="x", ylabel="y")),
        "legend_outside_ncol2_title": S(A(lines=demo_lines(4, long=True), xlabel="x",
                                          legend=dict(out_legend, ncol=2, title="curves")), figsize=(6, 4)),
        "legend_below": S(A(lines=demo_lines(3), xlabel="x",
                            legend={"loc": "upper center", "bbox_to_anchor": [0.5, -0.15], "ncol": 3, "title": None})),
        "text_right_of_axes": S(A(texts=[{"x": 1.05, "y": 0.5, "s": "note outside", "transform": "axes"}])),
        "text_data_beyond_xlim": S(A(texts=[{"x": -0.4, "y": 1.1, "s": "far data text", "transform": "data"}],
                                     ylabel="y")),
        "text_figure_corner": S(A(texts=[{"x": 0.0, "y": 0.0, "s": "fig corner", "transform": "figure"}],
                                  xlabel="x")),
        "grid_2x2": S(A(title="panel", xlabel="x", ylabel="y"), figsize=(8, 6), nrows=2, ncols=2),
        "grid_2x2_constrained_suptitle": S(A(title="panel", xlabel="x", ylabel="y"), figsize=(8, 6), nrows=2,
                                           ncols=2, layout="constrained", suptitle="Suptitle"),
        "dpi200_legend_outside": S(A(lines=demo_lines(2), legend=out_legend, xlabel="x", ylabel="y",
                                     title="dpi 200"), figsize=(4, 3), dpi=200),
        "small_title_wider_than_figure": S(A(title="A title that is much wider than this small figure is"),
                                           figsize=(3, 2)),
    }


def tight_cases():
    cases = []
    for name, spec in tight_specs().items():
        fig, axes = build(spec)
        captured = {}

        def on_draw(event, fig=fig, axes=axes):
            rr = event.renderer
            ff = Frame(rr.height)
            captured["record"] = frame_records(fig, axes, rr, ff)

        cid = fig.canvas.mpl_connect("draw_event", on_draw)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "case.png")
            fig.savefig(path, bbox_inches="tight")
            img = plt.imread(path)
        fig.canvas.mpl_disconnect(cid)
        saved = [int(img.shape[1]), int(img.shape[0])]
        r, full = draw(fig)
        tight = fig.get_tightbbox(r).padded(matplotlib.rcParams["savefig.pad_inches"])
        dpi = fig.dpi
        # FigureCanvasBase.get_width_height: int(size + 1e-8), truncation forgiving float noise
        saved_h = int(tight.height * dpi + 1e-8)
        assert saved == [int(tight.width * dpi + 1e-8), saved_h], (name, saved)
        shift = Frame(r.height, dx=tight.x0 * dpi, dy=r.height - saved_h - tight.y0 * dpi)
        shifted = frame_records(fig, axes, r, shift)
        assert_close(captured["record"], shifted, name)
        exp = {"saved_png_px": saved, "tight_bbox_in": [float(tight.x0), float(tight.y0), float(tight.x1),
                                                       float(tight.y1)],
               "full_canvas_px": [int(r.width), int(r.height)], "shift_px": [shift.dx, shift.dy]}
        exp.update(captured["record"])
        cases.append(case(name, spec, exp))
        plt.close(fig)
    return cases


def frame_records(fig, axes, r, f):
    rec = {"axes": [f.box(ax.get_window_extent(r)) for ax in axes],
           "legends": [f.box(ax.get_legend().legendPatch.get_window_extent(r)) if ax.get_legend() else None
                       for ax in axes],
           "texts": [[f.box(t.get_window_extent(r)) for t in ax.texts] for ax in axes]}
    return rec


def assert_close(a, b, where, tol=1e-6):
    if isinstance(a, dict):
        assert set(a) == set(b), where
        for k in a:
            assert_close(a[k], b[k], where + "." + k, tol)
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b)):
            assert_close(x, y, "%s[%d]" % (where, k), tol)
    elif isinstance(a, float):
        assert abs(a - b) <= tol, (where, a, b)
    else:
        assert a == b, (where, a, b)


# ------------------------------------------------------------------------------------- c) legend placement
LOCS = ["best", "upper right", "upper left", "lower left", "lower right", "right", "center left", "center right",
        "lower center", "upper center", "center"]


def legend_specs():
    A, S = axes_spec, fig_spec
    specs = {}
    for i, loc in enumerate(LOCS):
        for ncol in (1, 2):
            n = 3 + (i + ncol) % 4  # 3..6 lines
            specs["%s_ncol%d" % (loc.replace(" ", "_"), ncol)] = S(A(
                lines=demo_lines(n, long=(i % 2 == 1)),
                legend={"loc": loc, "bbox_to_anchor": None, "ncol": ncol, "title": "Legend" if (i + ncol) % 3 == 0
                        else None}))
    specs["ncol3_six_lines_title"] = S(A(lines=demo_lines(6), legend={"loc": "upper right", "bbox_to_anchor": None,
                                                                     "ncol": 3, "title": "three columns"}))
    specs["ncol3_long_labels"] = S(A(lines=demo_lines(5, long=True),
                                     legend={"loc": "lower left", "bbox_to_anchor": None, "ncol": 3, "title": None}))
    specs["anchor2_upper_left"] = S(A(lines=demo_lines(3), legend={"loc": "upper left", "bbox_to_anchor": [1.02, 1.0],
                                                                   "ncol": 1, "title": None}))
    specs["anchor2_lower_center"] = S(A(lines=demo_lines(4), legend={"loc": "lower center",
                                                                     "bbox_to_anchor": [0.5, 1.02], "ncol": 2,
                                                                     "title": "above"}))
    specs["anchor4_expand"] = S(A(lines=demo_lines(4), legend={"loc": "lower left",
                                                               "bbox_to_anchor": [0.0, 1.02, 1.0, 0.2], "ncol": 2,
                                                               "title": None, "mode": "expand"}))
    specs["frameon_false"] = S(A(lines=demo_lines(3), legend={"loc": "upper right", "bbox_to_anchor": None, "ncol": 1,
                                                              "title": "no frame", "frameon": False}))
    specs["figure_legend_outside_upper_center"] = S(A(lines=demo_lines(3), xlabel="x"), layout="constrained",
                                                    figure_legend={"loc": "outside upper center",
                                                                   "bbox_to_anchor": None, "ncol": 3, "title": None})
    specs["figure_legend_upper_center"] = S(A(lines=demo_lines(3), xlabel="x"),
                                            figure_legend={"loc": "upper center", "bbox_to_anchor": None, "ncol": 3,
                                                           "title": None})
    return specs


def legend_cases():
    cases = []
    for name, spec in legend_specs().items():
        fig, axes = build(spec)
        r, f = draw(fig)
        leg = fig.legends[0] if spec.get("figure_legend") else axes[0].get_legend()
        exp = canvas_rec(fig, r)
        exp["axes"] = f.box(axes[0].get_window_extent(r))
        exp["legend"] = legend_rec(leg, r, f)
        cases.append(case(name, spec, exp))
        plt.close(fig)
    return cases


# ---------------------------------------------------------------------------------------- d) custom ticks
def ticker_spec(axis, locator=None, minor_locator=None, formatter=None):
    return {"axis": axis, "locator": locator, "minor_locator": minor_locator, "formatter": formatter}


def custom_specs():
    A, S, T = axes_spec, fig_spec, ticker_spec

    def mult(base, offset=0.0):
        return {"kind": "multiple", "base": base, "offset": offset}

    def maxn(nbins, steps=None, integer=False):
        return {"kind": "maxn", "nbins": nbins, "steps": steps, "integer": integer}

    def minor(n=None):
        return {"kind": "auto_minor", "n": n}

    return {
        "multiple_0.25_x": S(A(ticker=T("x", mult(0.25)))),
        "multiple_2.5_y": S(A(ylim=[0.0, 20.0], ticker=T("y", mult(2.5)))),
        "multiple_2.5_offset1_y": S(A(ylim=[0.0, 20.0], ticker=T("y", mult(2.5, 1.0)))),
        "multiple_1e-3_x": S(A(xlim=[0.0, 0.01], ticker=T("x", mult(1e-3)))),
        "multiple_1e4_y": S(A(ylim=[0.0, 8e4], ticker=T("y", mult(1e4)))),
        "multiple_1e4_offset_text_x": S(A(xlim=[1e6, 1.05e6], ticker=T("x", mult(1e4)))),
        "multiple_0.25_negative_x": S(A(xlim=[-1.3, 0.4], ticker=T("x", mult(0.25)))),
        "fixed_x": S(A(xticks=[0.0, 0.3, 0.5, 0.9], ticker=T("x"))),
        "fixed_labels_x": S(A(xticks=[0.0, 0.3, 0.5, 0.9], xticklabels=["zero", "a", "half", "0.9!"], ticker=T("x"))),
        "fixed_out_of_view_y": S(A(yticks=[-0.5, 0.0, 0.25, 1.0, 1.5], ticker=T("y"))),
        "maxn_3_x": S(A(xlim=[0.0, 7.3], ticker=T("x", maxn(3)))),
        "maxn_4_y": S(A(ylim=[-2.2, 13.7], ticker=T("y", maxn(4)))),
        "maxn_auto_x": S(A(xlim=[0.0, 7.3], ticker=T("x", maxn("auto")))),
        "maxn_auto_y": S(A(ylim=[0.0, 7.3], ticker=T("y", maxn("auto")))),
        "maxn_steps_1_2_5_10_x": S(A(xlim=[0.0, 37.0], ticker=T("x", maxn(5, steps=[1, 2, 5, 10])))),
        "maxn_integer_x": S(A(xlim=[0.0, 3.4], ticker=T("x", maxn("auto", integer=True)))),
        "maxn_integer_small_y": S(A(ylim=[0.2, 1.6], ticker=T("y", maxn(5, integer=True)))),
        "auto_minor_x_0_1": S(A(ticker=T("x", minor_locator=minor()))),
        "auto_minor_x_0_2.5": S(A(xlim=[0.0, 2.5], ticker=T("x", minor_locator=minor()))),
        "auto_minor_x_0_80": S(A(xlim=[0.0, 80.0], ticker=T("x", minor_locator=minor()))),
        "auto_minor_4_y_0_10": S(A(ylim=[0.0, 10.0], ticker=T("y", minor_locator=minor(4)))),
        "multiple_with_auto_minor_y": S(A(ylim=[0.0, 20.0], ticker=T("y", mult(5.0), minor(5)))),
        "log_x_1e-1_1e3": S(A(xscale="log", xlim=[0.1, 1000.0], ticker=T("x"))),
        "log_x_1_10": S(A(xscale="log", xlim=[1.0, 10.0], ticker=T("x"))),
        "log_x_1_1e10": S(A(xscale="log", xlim=[1.0, 1e10], ticker=T("x"))),
        "log_x_3_300": S(A(xscale="log", xlim=[3.0, 300.0], ticker=T("x"))),
        "log_y_3_300": S(A(yscale="log", ylim=[3.0, 300.0], ticker=T("y"))),
        "log_y_2_5": S(A(yscale="log", ylim=[2.0, 5.0], ticker=T("y"))),
        "percent_xmax1_x": S(A(ticker=T("x", formatter={"kind": "percent", "xmax": 1.0, "decimals": None}))),
        "percent_100_decimals1_y": S(A(ylim=[0.0, 37.0],
                                       ticker=T("y", formatter={"kind": "percent", "xmax": 100.0, "decimals": 1}))),
        "strmethod_2f_x": S(A(xlim=[-1.0, 1.0], ticker=T("x", formatter={"kind": "strmethod", "fmt": "{x:.2f}"}))),
        "formatstr_1e_y": S(A(ylim=[0.0, 5e4], ticker=T("y", formatter={"kind": "formatstr", "fmt": "%.1e"}))),
        "strmethod_g_seconds_x": S(A(xlim=[0.0, 120.0], ticker=T("x", formatter={"kind": "strmethod",
                                                                                   "fmt": "{x:g} s"}))),
        "null_formatter_y": S(A(ticker=T("y", formatter={"kind": "null"}))),
        "inverted_x_10_0": S(A(xlim=[10.0, 0.0], ticker=T("x"))),
        "inverted_y_1_-1": S(A(ylim=[1.0, -1.0], ticker=T("y"))),
        "inverted_log_y_1e3_1e-1": S(A(yscale="log", ylim=[1000.0, 0.1], ticker=T("y"))),
        "inverted_x_multiple_minor": S(A(xlim=[10.0, 0.0], ticker=T("x", mult(2.0), minor(4)))),
    }


def tick_axis_rec(axis, r, f, along):
    drawn = axis._update_ticks()
    major_ids = set(id(t) for t in axis.get_major_ticks())

    def rec(t):
        xy = t.tick1line.get_transform().transform(t.tick1line.get_xydata()[0])
        p = f.pt(xy)
        return {"value": float(t.get_loc()), "px": p[0] if along == "x" else p[1], "label": t.label1.get_text()}

    return {"view_interval": [float(v) for v in axis.get_view_interval()],
            "major": [rec(t) for t in drawn if id(t) in major_ids],
            "minor": [rec(t) for t in drawn if id(t) not in major_ids],
            "major_locs": [float(v) for v in axis.get_majorticklocs()],
            "minor_locs": [float(v) for v in axis.get_minorticklocs()],
            "offset_text": axis.offsetText.get_text() if axis.offsetText.get_visible() else ""}


def custom_cases():
    cases = []
    for name, spec in custom_specs().items():
        fig, axes = build(spec)
        r, f = draw(fig)
        ax = axes[0]
        exp = {"axes": f.box(ax.get_window_extent(r)),
               "x": tick_axis_rec(ax.xaxis, r, f, "x"), "y": tick_axis_rec(ax.yaxis, r, f, "y")}
        cases.append(case(name, spec, exp))
        plt.close(fig)
    return cases


# ---------------------------------------------------------------------------------------- e) shared ticks
def shared_specs():
    A, S = axes_spec, fig_spec

    def data_axes(k, label=True):
        x0, x1 = [(0.0, 10.0), (-5.0, 3.0), (2.0, 40.0), (0.0, 1.0)][k]
        y0, y1 = [(0.0, 1.0), (-20.0, 5.0), (100.0, 250.0), (0.5, 0.7)][k]
        return A(xlim=None, ylim=None, lines=[{"x": [x0, x1], "y": [y0, y1], "label": None}],
                 xlabel="x%d" % k if label else None, ylabel="y%d" % k if label else None)

    grid = [data_axes(k) for k in range(4)]
    return {
        "2x2_share_true": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharex=True, sharey=True),
        "2x2_sharex_true": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharex=True),
        "2x2_sharey_true": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharey=True),
        "2x2_share_row": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharex="row", sharey="row"),
        "2x2_share_col": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharex="col", sharey="col"),
        "2x2_sharex_col_sharey_row": S(grid, figsize=(8, 6), nrows=2, ncols=2, sharex="col", sharey="row"),
        "2x1_sharex_different_ranges": S([data_axes(0), data_axes(2)], nrows=2, sharex=True),
        "2x1_sharex_offset_text": S([A(xlim=None, ylim=None, lines=[{"x": [1e6, 1e6 + 5.0], "y": [0.0, 1.0],
                                                                     "label": None}]),
                                     A(xlim=None, ylim=None, lines=[{"x": [1e6 + 1.0, 1e6 + 3.0], "y": [1e6, 1e6 + 2.0],
                                                                     "label": None}])], nrows=2, sharex=True),
        "1x2_sharey_different_ranges": S([data_axes(1), data_axes(3)], figsize=(8, 4), ncols=2, sharey=True),
        "2x2_share_true_explicit_lim": S([dict(data_axes(k), xlim=[0.0, 5.0] if k == 3 else None) for k in range(4)],
                                         figsize=(8, 6), nrows=2, ncols=2, sharex=True, sharey=True),
    }


def shared_cases():
    cases = []
    for name, spec in shared_specs().items():
        fig, axes = build(spec)
        r, f = draw(fig)
        recs = []
        for ax in axes:
            def vis(axis):
                drawn = [t for t in axis._update_ticks() if t in axis.get_major_ticks()]
                flags = set(t.label1.get_visible() for t in drawn)
                assert len(flags) == 1, flags
                return flags.pop(), [float(t.get_loc()) for t in drawn], [t.label1.get_text() for t in drawn]

            xv, xt, xl = vis(ax.xaxis)
            yv, yt, yl = vis(ax.yaxis)
            recs.append({"xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()],
                         "box": f.box(ax.get_window_extent(r)),
                         "xticklabels_visible": xv, "yticklabels_visible": yv,
                         "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(),
                         "xoffset_visible": ax.xaxis.offsetText.get_visible(),
                         "yoffset_visible": ax.yaxis.offsetText.get_visible(),
                         "xoffset_text": ax.xaxis.offsetText.get_text(), "yoffset_text": ax.yaxis.offsetText.get_text(),
                         "xticks": xt, "xticklabels": xl, "yticks": yt, "yticklabels": yl})
        cases.append(case(name, spec, {"axes": recs}))
        plt.close(fig)
    return cases


# ------------------------------------------------------------------------------------------------- main
def write(name, cases):
    with open(os.path.join(HERE, name), "w") as out:
        json.dump({"matplotlib": matplotlib.__version__, "cases": cases}, out, indent=None,
                  separators=(",", ":"), sort_keys=True)
        out.write("\n")
    print(name, len(cases), "cases")


def main():
    write("layout_constrained.json", constrained_cases())
    write("layout_tight_bbox.json", tight_cases())
    write("legend_placement.json", legend_cases())
    write("ticks_custom.json", custom_cases())
    write("ticks_shared.json", shared_cases())


if __name__ == "__main__":
    main()

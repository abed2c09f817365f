#!/usr/bin/env python3
"""Reference renderings of the figures VIPlot reproduces, drawn by the real seaborn/matplotlib.

Pinned versions: seaborn 0.13.2, matplotlib 3.11.2 (Agg backend, rcdefaults(), dpi 100),
numpy 2.4.6, scipy 1.17.1.

Usage:
    python3 Tools/reference/render_reference.py OUTDIR
writes OUTDIR/notebook.{png,pdf,svg} and OUTDIR/NAME.png for every other NAME in FIGURES
(distplot_normal, histplot_kde, ..., theme_whitegrid). Compare a VIPlot rendering with
    python3 /work/shared/tools/compare_png.py OUTDIR/notebook.png ours/notebook.png

The figure builders below are also imported by
Tests/PlotTests/Fixtures/generate_seaborn_fixtures.py, so the fixtures describe exactly
these figures.
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402
from scipy import stats  # noqa: E402

PINNED = {"seaborn": "0.13.2", "matplotlib": "3.11.2", "numpy": "2.4.6", "scipy": "1.17.1"}
DPI = 100
DEFAULT_FIGSIZE = (6.4, 4.8)
NOTEBOOK_FIGSIZE = (14.0, 10.0)


def check_versions():
    import scipy
    found = {"seaborn": sns.__version__, "matplotlib": matplotlib.__version__, "numpy": np.__version__,
             "scipy": scipy.__version__}
    if found != PINNED:
        print(f"warning: versions {found} differ from the pinned {PINNED}", file=sys.stderr)


def reset_style():
    matplotlib.rcdefaults()
    warnings.filterwarnings("ignore")  # distplot is deprecated in seaborn 0.13


def notebook_data():
    """The notebook's *intended* data: SEED 2314, N 200, K 4 Laplace components (len(idxs[0]))."""
    np.random.seed(2314)
    n, k = 200, 4
    source = np.random.randint(0, k, n)
    data = np.zeros(n)
    components = []
    for i in range(k):
        mean = 20 * np.random.random()
        scale = 3 * np.random.random()
        idxs = np.where(source == i)
        values = np.random.laplace(mean, scale, len(idxs[0]))
        data[idxs] = values
        components.append({"mean": mean, "scale": scale, "values": values})
    return {"source": source, "data": data, "components": components}


def normal_data():
    """200 standard normal points: np.random.RandomState(0).normal(0, 1, 200)."""
    return np.random.RandomState(0).normal(0.0, 1.0, 200)


def build_notebook():
    reset_style()
    fig, ax = plt.subplots(figsize=NOTEBOOK_FIGSIZE, dpi=DPI)
    for component in notebook_data()["components"]:
        sns.distplot(component["values"], bins="auto", kde=True, rug=True, kde_kws={"linewidth": 4}, ax=ax)
    return fig


def build_distplot_normal():
    reset_style()
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    sns.distplot(normal_data(), bins="auto", kde=True, rug=True, ax=ax)
    return fig


def build_histplot_kde():
    reset_style()
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    sns.histplot(x=normal_data(), stat="density", kde=True, ax=ax)
    return fig


def build_kdeplot_fill():
    reset_style()
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    sns.kdeplot(x=normal_data(), fill=True, ax=ax)
    return fig


def build_rugplot():
    reset_style()
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    sns.rugplot(x=normal_data(), ax=ax)
    return fig


def demo_data():
    x = np.linspace(0.0, 10.0, 200)
    return {"x": x, "y": np.sin(x), "bar_x": np.array([2.0, 5.0, 8.0]), "bar_height": np.array([0.5, -0.3, 0.8])}


def build_demo():
    reset_style()
    d = demo_data()
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    ax.plot(d["x"], d["y"], label="sin(x)")
    ax.bar(d["bar_x"], d["bar_height"], width=1.0, label="bars")
    ax.fill_between(d["x"], d["y"] - 0.2, d["y"] + 0.2, alpha=0.3, label="band")
    ax.text(1.0, -0.8, "μ = 0, σ = −1")
    ax.legend()
    ax.set_xlabel("x")
    ax.set_ylabel("value")
    ax.set_title("Demo")
    return fig


# --- Small data sets for the option-by-option figures (kept small so the fixtures stay small) ---

def small_data():
    """80 standard normal points: np.random.RandomState(3).normal(0.0, 1.0, 80)."""
    return np.random.RandomState(3).normal(0.0, 1.0, 80)


def discrete_data():
    """80 Poisson(3) counts: np.random.RandomState(4).poisson(3.0, 80)."""
    return np.random.RandomState(4).poisson(3.0, 80)


def positive_data():
    """80 exponential points: np.random.RandomState(5).exponential(1.0, 80)."""
    return np.random.RandomState(5).exponential(1.0, 80)


HUE_GROUPS = (("a", 0.0, 1.0, 40), ("b", 2.0, 0.7, 30), ("c", -1.0, 1.5, 20))


def hue_frame():
    """Three groups (a: N(0, 1) x40, b: N(2, 0.7) x30, c: N(-1, 1.5) x20) from RandomState(7),
    as a DataFrame with columns "value" and "group" (hue order = order of appearance)."""
    rs = np.random.RandomState(7)
    parts = [(name, rs.normal(mean, sd, n)) for name, mean, sd, n in HUE_GROUPS]
    return pd.DataFrame({"value": np.concatenate([v for _, v in parts]),
                         "group": np.repeat([name for name, _ in parts], [len(v) for _, v in parts])})


def single_axes():
    fig, ax = plt.subplots(figsize=DEFAULT_FIGSIZE, dpi=DPI)
    return fig, ax


def hue_histplot(**kws):
    def build():
        reset_style()
        fig, ax = single_axes()
        sns.histplot(data=hue_frame(), x="value", hue="group", ax=ax, **kws)
        return fig
    return build


def small_histplot(data=small_data, **kws):
    def build():
        reset_style()
        fig, ax = single_axes()
        sns.histplot(x=data(), ax=ax, **kws)
        return fig
    return build


def hue_kdeplot(**kws):
    def build():
        reset_style()
        fig, ax = single_axes()
        sns.kdeplot(data=hue_frame(), x="value", hue="group", ax=ax, **kws)
        return fig
    return build


def small_kdeplot(data=small_data, **kws):
    def build():
        reset_style()
        fig, ax = single_axes()
        sns.kdeplot(x=data(), ax=ax, **kws)
        return fig
    return build


def build_kdeplot_bw_adjust():
    reset_style()
    fig, ax = single_axes()
    sns.kdeplot(x=small_data(), bw_adjust=0.5, ax=ax)
    sns.kdeplot(x=small_data(), bw_adjust=2, ax=ax)
    return fig


def small_distplot(**kws):
    def build():
        reset_style()
        fig, ax = single_axes()
        sns.distplot(small_data(), ax=ax, **kws)
        return fig
    return build


def build_rugplot_height():
    reset_style()
    fig, ax = single_axes()
    sns.kdeplot(x=small_data(), ax=ax)
    sns.rugplot(x=small_data(), height=0.1, expand_margins=False, ax=ax)
    return fig


def build_theme_darkgrid():
    reset_style()
    sns.set_theme(style="darkgrid")
    fig, ax = single_axes()
    sns.histplot(data=hue_frame(), x="value", hue="group", kde=True, ax=ax)
    ax.set_title("darkgrid")
    return fig


def build_theme_whitegrid():
    reset_style()
    sns.set_theme(style="whitegrid")
    fig, ax = single_axes()
    sns.kdeplot(x=small_data(), fill=True, ax=ax)
    sns.rugplot(x=small_data(), ax=ax)
    ax.set_title("whitegrid")
    ax.set_xlabel("value")
    return fig


FIGURES = {
    "notebook": build_notebook,
    "distplot_normal": build_distplot_normal,
    "histplot_kde": build_histplot_kde,
    "kdeplot_fill": build_kdeplot_fill,
    "rugplot": build_rugplot,
    "demo": build_demo,
    "histplot_hue_layer": hue_histplot(),
    "histplot_hue_stack": hue_histplot(multiple="stack"),
    "histplot_hue_dodge": hue_histplot(multiple="dodge"),
    "histplot_hue_fill": hue_histplot(multiple="fill"),
    "histplot_step": small_histplot(element="step"),
    "histplot_step_unfilled": small_histplot(element="step", fill=False),
    "histplot_poly": small_histplot(element="poly"),
    "histplot_poly_unfilled": small_histplot(element="poly", fill=False),
    "histplot_probability": small_histplot(stat="probability"),
    "histplot_percent": small_histplot(stat="percent"),
    "histplot_frequency": small_histplot(stat="frequency"),
    "histplot_cumulative": small_histplot(stat="density", cumulative=True, kde=True),
    "histplot_binwidth": small_histplot(binwidth=0.3),
    "histplot_binrange": small_histplot(binrange=(-2, 2)),
    "histplot_discrete": small_histplot(data=discrete_data, discrete=True),
    "kdeplot_hue_layer": hue_kdeplot(),
    "kdeplot_hue_separate": hue_kdeplot(common_norm=False),
    "kdeplot_hue_stack": hue_kdeplot(multiple="stack"),
    "kdeplot_hue_fill": hue_kdeplot(multiple="fill"),
    "kdeplot_cumulative": small_kdeplot(cumulative=True),
    "kdeplot_bw_adjust": build_kdeplot_bw_adjust,
    "kdeplot_clip": small_kdeplot(data=positive_data, clip=(0, None)),
    "kdeplot_cut": small_kdeplot(cut=1),
    "distplot_vertical": small_distplot(vertical=True, rug=True),
    "distplot_fit": small_distplot(fit=stats.norm, kde=False),
    "distplot_norm_hist": small_distplot(kde=False, norm_hist=True),
    "distplot_kde_only": small_distplot(hist=False, rug=True),
    "distplot_hist_only": small_distplot(kde=False),
    "rugplot_height": build_rugplot_height,
    "theme_darkgrid": build_theme_darkgrid,
    "theme_whitegrid": build_theme_whitegrid,
    "histplot_log": small_histplot(data=positive_data, log_scale=True, kde=True),
    "kdeplot_log": small_kdeplot(data=positive_data, log_scale=True, fill=True),
}

# Which data set each figure draws (written into its fixture for the Swift builders).
FIGURE_DATA = {
    "notebook": "notebook", "demo": "demo",
    "distplot_normal": "normal", "histplot_kde": "normal", "kdeplot_fill": "normal", "rugplot": "normal",
    "histplot_discrete": "discrete", "kdeplot_clip": "positive",
    "histplot_log": "positive", "kdeplot_log": "positive",
    "theme_darkgrid": "hue",
    **{name: "hue" for name in ("histplot_hue_layer", "histplot_hue_stack", "histplot_hue_dodge",
                                "histplot_hue_fill", "kdeplot_hue_layer", "kdeplot_hue_separate",
                                "kdeplot_hue_stack", "kdeplot_hue_fill")},
}


def figure_data_name(name):
    """The data set a figure draws: "small" unless FIGURE_DATA names another."""
    return FIGURE_DATA.get(name, "small")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    check_versions()
    for name, build in FIGURES.items():
        fig = build()
        formats = ("png", "pdf", "svg") if name == "notebook" else ("png",)
        for ext in formats:
            path = os.path.join(out, f"{name}.{ext}")
            fig.savefig(path, dpi=DPI)
            print(path)
        plt.close(fig)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

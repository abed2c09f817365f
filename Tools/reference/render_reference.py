#!/usr/bin/env python3
"""Reference renderings of the figures VIPlot reproduces, drawn by the real seaborn/matplotlib.

Pinned versions: seaborn 0.13.2, matplotlib 3.11.2 (Agg backend, rcdefaults(), dpi 100),
numpy 2.4.6, scipy 1.17.1.

Usage:
    python3 Tools/reference/render_reference.py OUTDIR
writes OUTDIR/notebook.{png,pdf,svg}, distplot_normal.png, histplot_kde.png,
kdeplot_fill.png, rugplot.png and demo.png. Compare a VIPlot rendering with
    python3 /work/shared/tools/compare_png.py OUTDIR/notebook.png ours/notebook.png

The figure builders below are also imported by
Tests/PlotTests/Fixtures/generate_seaborn_fixtures.py, so the fixtures describe exactly
these figures.
"""
import os
import sys
import warnings

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402

PINNED = {"seaborn": "0.13.2", "matplotlib": "3.11.2", "numpy": "2.4.6"}
DPI = 100
DEFAULT_FIGSIZE = (6.4, 4.8)
NOTEBOOK_FIGSIZE = (14.0, 10.0)


def check_versions():
    found = {"seaborn": sns.__version__, "matplotlib": matplotlib.__version__, "numpy": np.__version__}
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


FIGURES = {
    "notebook": build_notebook,
    "distplot_normal": build_distplot_normal,
    "histplot_kde": build_histplot_kde,
    "kdeplot_fill": build_kdeplot_fill,
    "rugplot": build_rugplot,
    "demo": build_demo,
}


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

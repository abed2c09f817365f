#!/usr/bin/env python3
"""The reference figures of issue 14 (marks), rendered with the real matplotlib.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults() before each
figure, savefig's default dpi ("figure", i.e. 100).

Regenerate (from the package root):
    pip install -r Examples/reference/requirements.txt
    python3 Examples/reference/issue14.py            # writes Examples/reference/png/*.png
    python3 Examples/reference/issue14.py OUT_DIR    # or into another folder

The functions below are verbatim from the issue; each builds one figure and saves it into `out`.
"""
import sys

import numpy as np, matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot as plt
from pathlib import Path

PINNED = "3.11.2"


def scatter_errorbar(out):
    rs = np.random.RandomState(11)
    x = rs.uniform(0, 10, 500); y = 1.5 * x + 2 + rs.normal(0, 2, 500)
    xb = np.arange(0.5, 10, 1.0)
    yb = np.array([y[(x >= c - 0.5) & (x < c + 0.5)].mean() for c in xb])
    eb = np.array([y[(x >= c - 0.5) & (x < c + 0.5)].std() for c in xb])
    xx = np.linspace(0, 10, 50); fit = 1.5 * xx + 2
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.scatter(x, y, s=12, alpha=0.5, label="data")
    ax.errorbar(xb, yb, yerr=eb, fmt="o", capsize=3, color="C1", label="bin means")
    ax.plot(xx, fit, "k-", label="fit")
    ax.fill_between(xx, fit - 2, fit + 2, color="k", alpha=0.15, label="\u00b12")
    ax.legend()
    fig.savefig(out / "scatter_errorbar.png")


def markers_steps(out):
    x = np.arange(10)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.plot(x, x * 0.5, "o-", label="o-")
    ax.plot(x, x * 0.5 + 1, "s--", label="s--", markerfacecolor="none")
    ax.plot(x, x * 0.5 + 2, "^:", label="^:", markersize=8)
    ax.plot(x, x * 0.5 + 3, "D", label="D")
    ax.plot(x, x * 0.5 + 4, "x", label="x")
    ax.step(x, np.sqrt(x) + 6, where="mid", label="step mid")
    ax.stairs(np.sqrt(x[1:]) + 8, x, label="stairs")
    ax.legend(ncol=2, loc="upper left")
    fig.savefig(out / "markers_steps.png")


def scatter_colorbar(out):
    # Not in the issue: a colour-mapped scatter with its colorbar, the
    # colorbar's yardstick until imshow and contourf land.
    rs = np.random.RandomState(5)
    x = rs.normal(size=300); y = rs.normal(size=300); z = np.hypot(x, y)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    sc = ax.scatter(x, y, c=z, cmap="magma", s=20)
    fig.colorbar(sc, ax=ax, label="radius")
    fig.savefig(out / "scatter_colorbar.png")


FIGURES = [scatter_errorbar, markers_steps, scatter_colorbar]


def main(folder=None):
    if matplotlib.__version__ != PINNED:
        print(f"warning: matplotlib {matplotlib.__version__}, the references were made with {PINNED}", file=sys.stderr)
    out = Path(folder) if folder else Path(__file__).resolve().parent / "png"
    out.mkdir(parents=True, exist_ok=True)
    for make in FIGURES:
        plt.rcdefaults()
        make(out)
        plt.close("all")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)

#!/usr/bin/env python3
"""The four reference figures of issue 13, rendered with the real matplotlib.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults() before each
figure, savefig's default dpi ("figure", i.e. 100).

Regenerate (from the package root):
    pip install -r Examples/reference/requirements.txt
    python3 Examples/reference/issue13.py            # writes Examples/reference/png/*.png
    python3 Examples/reference/issue13.py OUT_DIR    # or into another folder

The four functions below are verbatim from the issue; each builds one figure and saves it into `out`.
"""
import sys

import numpy as np

from render import render  # selects the Agg backend before pyplot loads
import matplotlib.pyplot as plt


def shared_grid(out):
    rs = np.random.RandomState(10)
    x = np.linspace(0, 10, 200)
    fig, axs = plt.subplots(2, 2, figsize=(8, 6), sharex=True, sharey="row", layout="constrained")
    for k, ax in enumerate(axs.flat):
        y = np.sin(x + k) * (k + 1) + 0.3 * rs.standard_normal(200)
        ax.plot(x, y, label=f"series {k}")
        ax.set_title(f"panel {k + 1}")
        ax.text(0.02, 0.95, "(" + "abcd"[k] + ")", transform=ax.transAxes, fontweight="bold", va="top")
        ax.grid(True, alpha=0.3)
    axs[1, 0].set_xlabel("time [s]"); axs[1, 1].set_xlabel("time [s]")
    axs[0, 0].set_ylabel("signal"); axs[1, 0].set_ylabel("signal")
    axs[1, 1].set_xticks([0, 2.5, 5, 7.5, 10], labels=["0", "2.5", "5", "7.5", "ten"])
    fig.suptitle("Four panels, shared axes, constrained layout")
    fig.savefig(out / "shared_grid.png")


def legend_outside_tight(out):
    x = np.linspace(0, 2 * np.pi, 100)
    fig, ax = plt.subplots(figsize=(6, 4))
    for k in range(4):
        ax.plot(x, np.sin(x + k * np.pi / 4), label=f"phase {k}\u03c0/4")
    ax.set_xlim(0, 2 * np.pi); ax.invert_yaxis()
    ax.set_xlabel("angle"); ax.set_ylabel("value (inverted)")
    ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(1.02, 1), title="curves")
    ax.tick_params(direction="in", top=True, right=True)
    fig.savefig(out / "legend_outside_tight.png", bbox_inches="tight")


def twinx_loglog(out):
    x = np.logspace(-1, 3, 60)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.loglog(x, 3 * x ** 1.5, color="C0", label="power law")
    ax.grid(True, which="both", alpha=0.4)
    ax.set_xlabel("n"); ax.set_ylabel("time [ms]", color="C0")
    ax2 = ax.twinx()
    ax2.plot(x, np.log10(x) * 20 + 50, color="C1")
    ax2.set_ylabel("efficiency [%]", color="C1")
    ax2.set_ylim(0, 150)
    ax.set_title("Log-log with a twin linear axis\nand a two-line title")
    fig.savefig(out / "twinx_loglog.png")


def categorical_bars(out):
    rs = np.random.RandomState(13)
    names = ["alpha", "beta", "gamma", "delta"]
    h = rs.uniform(2, 8, 4); e = rs.uniform(0.2, 1.0, 4)
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.bar(names, h, yerr=e, capsize=4, color=["C0", "C1", "C2", "C3"])
    ax.axhline(5, color="k", lw=1, ls="--")
    ax.set_ylabel("score"); ax.set_ylim(0, 10)
    fig.savefig(out / "categorical_bars.png")


FIGURES = [shared_grid, legend_outside_tight, twinx_loglog, categorical_bars]


if __name__ == "__main__":
    render(FIGURES, sys.argv[1] if len(sys.argv) > 1 else None)

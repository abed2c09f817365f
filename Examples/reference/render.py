"""Renders reference figures: shared by issue13.py, issue13_fonts.py and issue14.py.

    render(FIGURES, folder)   # each function makes one figure into `folder` (reference/png by default)
"""
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

PINNED = "3.11.2"


def render(figures, folder=None, warnings_are_errors=False):
    """Runs each figure function after rcdefaults(), into `folder`, and prints the files it wrote."""
    if matplotlib.__version__ != PINNED:
        print(f"warning: matplotlib {matplotlib.__version__}, the references are pinned to {PINNED}")
    out = Path(folder) if folder is not None else Path(__file__).resolve().parent / "png"
    out.mkdir(parents=True, exist_ok=True)
    for make in figures:
        plt.rcdefaults()
        with warnings.catch_warnings():
            if warnings_are_errors:
                warnings.simplefilter("error")
            make(out)
        plt.close("all")
        print(out / (make.__name__ + ".png"))

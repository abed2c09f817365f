#!/usr/bin/env python3
"""A reference figure for the fallback font: text whose symbols DejaVu Sans lacks, taken from STIX General.

Pinned versions: matplotlib 3.11.2, numpy 2.4.6 (Python 3.11), Agg backend, rcdefaults() before the figure,
savefig's default dpi ("figure", i.e. 100).

Regenerate (from the package root):
    pip install -r Examples/reference/requirements.txt
    python3 Examples/reference/issue13_fonts.py            # writes Examples/reference/png/fallback_symbols.png
    python3 Examples/reference/issue13_fonts.py OUT_DIR    # or into another folder

font.family ["DejaVu Sans", "STIXGeneral"] makes matplotlib (>= 3.6) take every glyph DejaVu Sans lacks
from STIX General of the same weight and style (STIXGeneral, STIXGeneralBol, STIXGeneralItalic). Every
symbol below is absent from the DejaVu face of its text and present in the STIX face (checked with fontTools
by Tests/PlotTests/Fixtures/generate_fallback_font_fixtures.py); the figure fails to render if matplotlib
warns of a missing glyph.
"""
import sys

import numpy as np

from render import render  # selects the Agg backend before pyplot loads
import matplotlib.pyplot as plt


def fallback_symbols(out):
    plt.rcParams["font.family"] = ["DejaVu Sans", "STIXGeneral"]
    x = np.linspace(0, 1, 50)
    fig, ax = plt.subplots(figsize=(5, 3.5), layout="constrained")
    ax.plot(x, x ** 2, label="u \u27c2 v")
    ax.plot(x, 1 - x, label="x \u29b5 y")
    ax.set_title("Symbols from STIX: \u27c2 \u29b5 \u2a09 \u2a06 \u2312 \u210a")
    ax.set_xlabel("\u210a-scaled time \u2a09 10")
    ax.set_ylabel("\u2a06 response")
    ax.text(0.05, 0.55, "bold: x \u29b6 y, A\u27c8V", fontweight="bold", transform=ax.transAxes)
    ax.text(0.05, 0.4, "oblique: \u210a \u24b6", fontstyle="oblique", transform=ax.transAxes)
    ax.legend(loc="upper center")
    fig.savefig(out / "fallback_symbols.png")


FIGURES = [fallback_symbols]


if __name__ == "__main__":
    render(FIGURES, sys.argv[1] if len(sys.argv) > 1 else None, warnings_are_errors=True)  # a glyph missing from both fonts is an error

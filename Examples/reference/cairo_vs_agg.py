#!/usr/bin/env python3
"""Score matplotlib's own Cairo backend against its Agg output for the issue-13 figures (context for how
close two correct renderers of the same figure get).

Pinned versions: matplotlib 3.11.2, numpy 2.4.6, pycairo 1.29.2 (Python 3.11); rcdefaults() before each.

Run (from the package root):
    pip install -r Examples/reference/requirements.txt pycairo
    python3 Examples/reference/cairo_vs_agg.py [PATH/TO/compare_png.py] [OUT_DIR]

Each figure is built once by issue13.py's function; its savefig call is redirected to save the same Figure
twice, with the default Agg canvas and with backend="cairo" (same savefig keyword arguments), into OUT_DIR
(default: a temporary folder), and compare_png.py AGG.png CAIRO.png prints the scores; its JSON lines are
collected and printed at the end.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import issue13  # noqa: E402

ORIGINAL_SAVEFIG = Figure.savefig


def main():
    compare = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/tools/compare_png.py"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    saved = []

    def savefig(self, fname, *args, **kwargs):
        name = Path(fname).stem
        ORIGINAL_SAVEFIG(self, out / (name + ".agg.png"), *args, **kwargs)
        ORIGINAL_SAVEFIG(self, out / (name + ".cairo.png"), *args, backend="cairo", **kwargs)
        saved.append(name)

    Figure.savefig = savefig
    try:
        for make in issue13.FIGURES:
            plt.rcdefaults()
            make(out)
            plt.close("all")
    finally:
        Figure.savefig = ORIGINAL_SAVEFIG
    scores = {}
    for name in saved:
        res = subprocess.run([sys.executable, compare, str(out / (name + ".agg.png")),
                              str(out / (name + ".cairo.png"))], capture_output=True, text=True, check=True)
        print("==", name)
        print(res.stdout.strip())
        scores[name] = json.loads(res.stdout.strip().splitlines()[-1])
    print(json.dumps(scores, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()

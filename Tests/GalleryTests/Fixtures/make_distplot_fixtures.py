"""Expected `vi-gallery distplot --json` output for the CSV files in csv/.

Pinned versions (checked at run time): numpy 2.4.6, scipy 1.17.1, pandas 3.1.1,
seaborn 0.13.2, matplotlib 3.11.2.

Regenerate (from this folder):
    python3 make_distplot_fixtures.py

Writes csv/*.csv and distplot_cases.json. Each case names the CLI arguments and
the numbers the real libraries produce for them:
  - the column as pandas.read_csv reads it (BOM, CRLF, quotes, blank lines, nan/inf),
  - bins: np.histogram_bin_edges / np.histogram (counts and density heights),
  - kde: seaborn's KDE (scipy gaussian_kde, Scott factor, gridsize 200, cut 3),
    checked against the line `sns.distplot` itself draws; `None` when seaborn skips it.
"""
import json
import math
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import scipy
import seaborn as sns
from seaborn._statistics import KDE

assert np.__version__ == "2.4.6", np.__version__
assert scipy.__version__ == "1.17.1", scipy.__version__
assert sns.__version__ == "0.13.2", sns.__version__
assert matplotlib.__version__ == "3.11.2", matplotlib.__version__
assert pd.__version__ == "3.1.1", pd.__version__


def notebook_data():
    """The notebook's intended data (SEED 2314, N 200, K 4), with component labels."""
    np.random.seed(2314)
    source = np.random.randint(0, 4, 200)
    data = np.zeros(200)
    for i in range(4):
        mean = 20 * np.random.random()
        scale = 3 * np.random.random()
        idxs = np.where(source == i)
        data[idxs] = np.random.laplace(mean, scale, len(idxs[0]))
    return source, data


def write_csvs():
    source, data = notebook_data()
    with open("csv/notebook.csv", "w", newline="") as f:
        f.write("component,x\n")
        for c, x in zip(source, data):
            f.write(f"{int(c)},{float(x)!r}\n")

    rng = np.random.RandomState(7)
    values = rng.normal(3.0, 2.0, 60)
    text = ['id,label,"value, in m"']
    specials = {5: "nan", 17: "inf", 33: "-inf", 41: ""}
    for i, v in enumerate(values):
        shown = specials.get(i, repr(float(v)))
        field = f'"{shown}"' if i % 4 == 0 else shown
        text.append(f'{i},"row ""{i}"", quoted",{field}')
        if i % 10 == 9:
            text.append("")
    with open("csv/messy.csv", "wb") as f:
        f.write(b"\xef\xbb\xbf" + "\r\n".join(text).encode() + b"\r\n")

    skewed = np.exp(np.random.RandomState(11).normal(0, 1, 40))
    with open("csv/no_header.csv", "w", newline="") as f:
        f.write("\n".join(repr(float(v)) for v in skewed) + "\n")

    with open("csv/constant.csv", "w", newline="") as f:
        f.write("level\n" + "2.5\n" * 9)


def expected(path, header, column, bins):
    frame = pd.read_csv(path, header=0 if header else None, skip_blank_lines=True)
    raw = frame[column].to_numpy(dtype=float)
    finite = raw[np.isfinite(raw)]
    if isinstance(bins, str):
        edges = np.histogram_bin_edges(finite, bins)
        rule = bins
    else:
        edges = np.histogram_bin_edges(finite, bins)
        rule = "count"
    counts, _ = np.histogram(finite, edges)
    heights, _ = np.histogram(finite, edges, density=True)

    estimator = KDE(bw_method="scott", bw_adjust=1, gridsize=200, cut=3)
    kde = None
    if len(finite) >= 2 and not math.isclose(np.var(finite, ddof=1), 0):
        density, support = estimator(finite)
        bandwidth = float(np.sqrt(estimator._fit(finite).covariance.squeeze()))
        kde = {"bandwidth": bandwidth, "x": support.tolist(), "y": density.tolist()}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fig, ax = plt.subplots()
            sns.distplot(finite, bins=bins, kde=True, rug=True, ax=ax)
            drawn = ax.lines[0].get_xydata()
            plt.close(fig)
        assert np.allclose(drawn[:, 0], support, rtol=0, atol=1e-12)
        assert np.allclose(drawn[:, 1], density, rtol=1e-12, atol=0)
    return {
        "n": int(len(finite)),
        "dropped": int(len(raw) - len(finite)),
        "bins": {"rule": rule, "edges": edges.tolist(), "counts": counts.astype(float).tolist(),
                 "heights": heights.tolist()},
        "kde": kde,
    }


def main():
    write_csvs()
    cases = [
        ("notebook", "csv/notebook.csv", True, "x", "auto", ["--column", "x"]),
        ("messy", "csv/messy.csv", True, "value, in m", "fd", ["--column", "value, in m", "--bins", "fd"]),
        ("no-header", "csv/no_header.csv", False, 0, 7, ["--bins", "7"]),
        ("no-header-sturges", "csv/no_header.csv", False, 0, "sturges", ["--column", "0", "--bins", "sturges"]),
        ("constant", "csv/constant.csv", True, "level", "auto", []),
    ]
    out = []
    for name, path, header, column, bins, arguments in cases:
        out.append({"name": name, "file": path, "arguments": arguments,
                    "expected": expected(path, header, column, bins)})
    with open("distplot_cases.json", "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The peer of scatter-n: one scatter of N standard-normal points (RandomState(0): x then y),
s=4, alpha=0.5, on a 6.4x4.8 in figure, saved as PNG or PDF with matplotlib's Agg / PDF backends.

    python3 scatter_n.py N OUT.png|OUT.pdf
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np


def main():
    count, out = int(float(sys.argv[1])), sys.argv[2]
    rs = np.random.RandomState(0)
    x = rs.standard_normal(count)
    y = rs.standard_normal(count)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.scatter(x, y, s=4, alpha=0.5)
    fig.savefig(out)


if __name__ == "__main__":
    main()

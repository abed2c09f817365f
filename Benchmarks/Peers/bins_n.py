#!/usr/bin/env python3
"""numpy's `auto` bin edges and counts alone, median of R runs, on N mixture points.
Usage: python3 bins_n.py N [R=5]   -> one JSON line on stdout (keys as stats_n.py's).

stats_n.py also times scipy's exact KDE at least once, which at N = 1e7 takes
minutes; compare.sh uses this script for the 1e7-point bins instead. Same data
recipe (default_rng(0), means -4, 0, 3) and the same numpy calls as stats_n.py."""
import sys, time, json, statistics
import numpy as np

n = int(float(sys.argv[1])); R = int(sys.argv[2]) if len(sys.argv) > 2 else 5
rng = np.random.default_rng(0)
x = rng.standard_normal(n) + np.array([-4.0, 0.0, 3.0])[rng.integers(0, 3, n)]

def med(f):
    ts = []
    for _ in range(R):
        s = time.perf_counter(); out = f(); ts.append(time.perf_counter() - s)
    return statistics.median(ts), min(ts), out

res = {"n": n, "runs": R, "data": "normal_mixture"}
res["bin_edges_auto_s"], res["bin_edges_auto_best_s"], edges = med(lambda: np.histogram_bin_edges(x, "auto"))
res["n_bins"] = len(edges) - 1
res["histogram_s"], res["histogram_best_s"], _ = med(lambda: np.histogram(x, edges))
res["histogram_uniform_s"], res["histogram_uniform_best_s"], _ = med(
    lambda: np.histogram(x, len(edges) - 1, (edges[0], edges[-1])))
res["histogram_auto_s"], res["histogram_auto_best_s"], _ = med(lambda: np.histogram(x, "auto"))
print(json.dumps(res))

#!/usr/bin/env python3
"""Times VIPlot's Swift programs against the Python peers on this machine, in one run,
and prints a Markdown table of medians and ratios (also written to RESULTS_DIR/results.md
and, raw, to RESULTS_DIR/results.json).

Run through ../compare.sh, which builds the Swift programs, installs the pinned peers
into .venv-peers and then calls:
    python3 compare.py --bin DIR --peers DIR --floor EXE --results DIR [--quick] [--numpyro]

Whole processes are timed with hyperfine (median wall time of N runs after one warm-up,
and the mean CPU time, user + system) when it is installed, else with a perf_counter loop
around subprocess.run (CPU time from getrusage). CPU times are shown beside wall times:
on a machine shared with other work they stay honest when wall times wander. In-process timings
are the JSON lines the programs print (stats-n / stats_n.py, bins_n.py, vi-fits / svi_numpy.py).
numpy peers run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (in that command only).
"""
import argparse, json, os, platform, re, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS_OWN = os.path.join(os.path.dirname(HERE), "Peers")
NUMPY_ENV = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}


def run(cmd, env=None, capture="stdout"):
    """Runs cmd; returns its stdout or stderr text, failing loudly with the command line."""
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"compare.py: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    return p.stdout if capture == "stdout" else p.stderr


def last_json(text):
    return json.loads([line for line in text.splitlines() if line.startswith("{")][-1])


class Timer:
    """Median wall time of whole processes."""

    def __init__(self, runs, scratch):
        self.runs, self.scratch = runs, scratch
        self.hyperfine = shutil.which("hyperfine")

    def median(self, cmd, env=None, runs=None):
        runs = runs or self.runs
        if self.hyperfine:
            out = os.path.join(self.scratch, "hyperfine.json")
            full = [self.hyperfine, "-N", "--style", "none", "--warmup", "1", "--runs", str(runs),
                    "--export-json", out, subprocess.list2cmdline(cmd)]
            done = subprocess.run(full, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                sys.exit(f"compare.py: timing {' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
            with open(out) as f:
                result = json.load(f)["results"][0]
            return {"median_s": result["median"], "min_s": result["min"], "cpu_s": result["user"] + result["system"],
                    "runs": runs, "timer": "hyperfine"}
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times = []
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs
        return {"median_s": statistics.median(times), "min_s": min(times), "cpu_s": cpu, "runs": runs,
                "timer": "perf_counter"}


def peak_rss_mb(cmd, env=None):
    """Maximum resident set size of cmd in MB (GNU time -v)."""
    text = run(["/usr/bin/time", "-v"] + cmd, env=env, capture="stderr")
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return kb / 1024


def machine():
    lscpu = run(["lscpu"])
    field = lambda name: (re.search(rf"^{name}:\s+(.*)$", lscpu, re.M) or [None, "?"])[1]
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
    swift_version = subprocess.run(["swift", "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    versions = {"python": platform.python_version(), "swift": swift_version.stdout.strip().splitlines()[0],
                "cairo": run(["pkg-config", "--modversion", "cairo"]).strip(),
                "hyperfine": run(["hyperfine", "--version"]).strip() if shutil.which("hyperfine") else "none"}
    peer_versions = run([sys.executable, "-c",
        "import json, numpy, scipy, matplotlib, seaborn, KDEpy, threadpoolctl;"
        "print(json.dumps({'numpy': numpy.__version__, 'scipy': scipy.__version__, 'matplotlib': matplotlib.__version__,"
        "'seaborn': seaborn.__version__, 'KDEpy': KDEpy.__version__,"
        "'blas': [(i.get('internal_api'), i.get('version'), i.get('architecture'), i.get('num_threads'))"
        " for i in threadpoolctl.threadpool_info()]}))"], env=NUMPY_ENV)
    versions.update(json.loads(peer_versions))
    return {"cpu": field("Model name"), "cores": field("CPU\\(s\\)"), "threads_per_core": field("Thread\\(s\\) per core"),
            "l2": field("L2 cache"), "l3": field("L3 cache"), "memory_gib": round(mem_kb / 2**20, 1),
            "kernel": platform.release(), "versions": versions}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="folder of the release-built Swift programs (static stdlib)")
    ap.add_argument("--dynamic-bin", required=True, help="folder of notebook-figure built with the default (dynamic) stdlib")
    ap.add_argument("--peers", required=True, help="folder of the reference peer scripts (seed_figure.py, ...)")
    ap.add_argument("--floor", required=True, help="the compiled cairo_floor program")
    ap.add_argument("--results", required=True)
    ap.add_argument("--gallery", help="the release-built vi-gallery program, when it exists")
    ap.add_argument("--quick", action="store_true", help="fewer runs and sizes (a smoke test)")
    ap.add_argument("--numpyro", action="store_true", help="also time NumPyro's SVI")
    ap.add_argument("--only", help="comma-separated sections to run: notebook,distplot,stats,gallery,vi,scatter")
    a = ap.parse_args()
    want = lambda section: not a.only or section in a.only.split(",")

    os.makedirs(a.results, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="viplot-compare-")
    timer = Timer(3 if a.quick else 7, scratch)
    slow_runs = 2 if a.quick else 3
    swift = lambda name: os.path.join(a.bin, name)
    py = lambda script: [sys.executable, os.path.join(a.peers, script)]
    own = lambda script: [sys.executable, os.path.join(PEERS_OWN, script)]
    out = lambda name: os.path.join(scratch, name)
    rows, raw = [], {"machine": machine()}

    def row(task, swift_s, peer_s, peer_name, target=None, ok=None, note="", floor=False):
        # Against a floor (Cairo in C) the ratio that matters is Swift / floor, given in the note.
        ratio = peer_s / swift_s if swift_s and peer_s and not floor else None
        rows.append((task, swift_s, peer_s, peer_name, ratio, target, ok, note))

    # 1. The notebook figure, whole process, PNG and PDF, with Cairo's blank page as the floor.
    if want("notebook"):
        for ext in ("png", "pdf"):
            s = timer.median([swift("notebook-figure"), out(f"nb_swift.{ext}")])
            p = timer.median(py("seed_figure.py") + [out(f"nb_py.{ext}")], env=NUMPY_ENV, runs=slow_runs + 2)
            f = timer.median([a.floor, "0", out(f"nb_floor.{ext}")])
            raw[f"notebook_{ext}"] = {"swift": s, "seaborn": p, "cairo_blank": f}
            cpu = f"CPU: Swift {fmt(s['cpu_s'])}, peer {fmt(p['cpu_s'])}, Cairo blank {fmt(f['cpu_s'])}"
            if ext == "png":
                row("notebook figure → PNG (process)", s["median_s"], p["median_s"], "seed_figure.py",
                    "≥ 25× seaborn", p["median_s"] / s["median_s"] >= 25, cpu)
                row("notebook figure → PNG vs Cairo blank PNG", s["median_s"], f["median_s"], "cairo_floor 0",
                    "Swift ≤ 1.5× floor", s["median_s"] <= 1.5 * f["median_s"],
                    f"Swift/floor = {s['median_s'] / f['median_s']:.2f} (CPU {s['cpu_s'] / f['cpu_s']:.2f})", floor=True)
            else:
                row("notebook figure → PDF (process)", s["median_s"], p["median_s"], "seed_figure.py", note=cpu)
                row("notebook figure → PDF vs Cairo blank PDF", s["median_s"], f["median_s"], "cairo_floor 0",
                    note=f"Swift/floor = {s['median_s'] / f['median_s']:.2f} (CPU {s['cpu_s'] / f['cpu_s']:.2f})", floor=True)

        d = timer.median([os.path.join(a.dynamic_bin, "notebook-figure"), out("nb_dynamic.png")])
        f = raw["notebook_png"]["cairo_blank"]
        raw["notebook_png"]["swift_dynamic_stdlib"] = d
        row("notebook figure → PNG, dynamic Swift stdlib, vs Cairo blank PNG", d["median_s"], f["median_s"], "cairo_floor 0",
            "Swift ≤ 1.5× floor", d["median_s"] <= 1.5 * f["median_s"],
            f"Swift/floor = {d['median_s'] / f['median_s']:.2f} (CPU {d['cpu_s'] / f['cpu_s']:.2f})", floor=True)

    # 2. histplot + KDE + rug of n points to PNG, whole process, at growing n.
    if want("distplot"):
        sizes = ["1e4", "1e6"] if a.quick else ["1e3", "1e4", "1e5", "1e6"]
        for n in sizes:
            s = timer.median([swift("distplot-n"), n, out("d_swift.png")])
            inproc = last_json(run([swift("distplot-n"), n, out("d_swift.png")], capture="stderr"))
            p = timer.median(py("distplot_n.py") + [n, out("d_py.png")], env=NUMPY_ENV, runs=slow_runs)
            raw[f"distplot_{n}"] = {"swift": s, "seaborn": p, "swift_split": inproc}
            target = ("≤ 0.25 s", s["median_s"] <= 0.25) if n == "1e6" else (None, None)
            row(f"histplot+KDE+rug n={n} → PNG (process)", s["median_s"], p["median_s"], "distplot_n.py", *target,
                note=f"Swift in process: data {inproc['data_s']*1e3:.0f} ms, build {inproc['build_s']*1e3:.0f} ms, "
                     f"save {inproc['save_s']*1e3:.0f} ms; CPU Swift {fmt(s['cpu_s'])}, peer {fmt(p['cpu_s'])}")
        f = timer.median([a.floor, "1e6", out("floor_rug.png"), "dedup"])
        raw["cairo_floor_rug_1e6_dedup"] = f
        row("1e6 rug ticks on a blank canvas → PNG, Cairo in C (dedup)", None, f["median_s"], "cairo_floor 1e6 dedup",
            floor=True)

    # 3. In-process numerics: bins, counts and KDE at growing n.
    if want("stats"):
        stats_sizes = [("1e4", 7, 7), ("1e5", 7, 3), ("1e6", 11, 1)]
        if a.quick:
            stats_sizes = [("1e4", 3, 3), ("1e6", 3, 1)]
        for n, r, kr in stats_sizes:
            s = last_json(run([swift("stats-n"), n, str(r), "--kde-runs", str(kr)]))
            p = last_json(run(py("stats_n.py") + [n, str(r), "--kde-runs", str(kr)], env=NUMPY_ENV))
            raw[f"stats_{n}"] = {"swift": s, "python": p}
            row(f"auto edges n={n}", s["bin_edges_auto_s"], p["bin_edges_auto_s"], "np.histogram_bin_edges")
            row(f"auto edges + counts n={n}", s["histogram_auto_s"], p["histogram_auto_s"], "np.histogram(x, 'auto')")
            row(f"exact KDE 200 pts n={n}", s["kde_exact200_s"], p["scipy_kde200_s"], "scipy gaussian_kde")
            kde_ok = s["kde_binned_maxerr_frac"] <= 1e-5 and (n != "1e6" or s["kde_binned200_s"] <= 0.005)
            row(f"binned KDE 200 pts n={n}", s["kde_binned200_s"], p["fftkde_scipybw_s"], "KDEpy FFTKDE",
                "≤ 5 ms, err ≤ 1e-5" if n == "1e6" else "err ≤ 1e-5", kde_ok,
                f"err/peak Swift {s['kde_binned_maxerr_frac']:.1e}, KDEpy {p['fftkde_scipybw_maxerr_frac']:.1e}")
        n = "1e6" if a.quick else "1e7"
        s = last_json(run([swift("stats-n"), n, "5", "--kde-runs", "0"]))
        p = last_json(run(own("bins_n.py") + [n, "5"], env=NUMPY_ENV))
        raw[f"bins_{n}"] = {"swift": s, "numpy": p}
        row(f"auto edges n={n}", s["bin_edges_auto_s"], p["bin_edges_auto_s"], "np.histogram_bin_edges")
        row(f"auto edges + counts n={n}", s["histogram_auto_s"], p["histogram_auto_best_s"], "np.histogram(x, 'auto'), best",
            "≤ ½ numpy best", s["histogram_auto_s"] <= 0.5 * p["histogram_auto_best_s"])

    # 4. The whole gallery (PNG + PDF of every figure), when vi-gallery exists.
    if want("gallery"):
        if a.gallery:
            gallery_cmd = [a.gallery, "all", "--output", out("gallery_swift")]
            s = timer.median(gallery_cmd, runs=slow_runs + 2)
            rss = peak_rss_mb(gallery_cmd)
            p = timer.median(py("gallery.py") + [out("gallery_py")], env=NUMPY_ENV, runs=slow_runs)
            raw["gallery"] = {"swift": s, "python": p, "swift_peak_rss_mb": rss}
            row("whole gallery PNG + PDF (process)", s["median_s"], p["median_s"], "gallery.py",
                "≥ 10×, peak < 50 MB", p["median_s"] / s["median_s"] >= 10 and rss < 50,
                f"Swift peak RSS {rss:.1f} MB; CPU Swift {fmt(s['cpu_s'])}, peer {fmt(p['cpu_s'])}; "
                f"files: Swift {files(out('gallery_swift'))}, peer {files(out('gallery_py'))}")

    # 5. VI on the notebook's target: SVI 2000 steps × 10 samples against numpy (and NumPyro),
    if want("vi"):
        #    and the Swift-only exact fit and multistart.
        s = last_json(run([swift("vi-fits"), "2000", "10", "5" if a.quick else "21"]))
        p = last_json(run(own("svi_numpy.py") + ["2000", "10", "3" if a.quick else "5"], env=NUMPY_ENV))
        raw["vi"] = {"swift": s, "numpy": p}
        row("SVI Gaussian, 2000 steps × 10 samples", s["svi_s"], p["svi_s"], "numpy, same estimator", "≤ 2 ms",
            s["svi_s"] <= 0.002, f"q: Swift N({s['svi_mu']:.2f}, {s['svi_sigma']:.2f}), numpy N({p['mu']:.2f}, {p['sigma']:.2f})")
        if a.numpyro:
            q = last_json(run(own("svi_numpyro.py") + ["2000", "10", "3" if a.quick else "5"], env=NUMPY_ENV))
            raw["vi"]["numpyro"] = q
            row("SVI Gaussian, 2000 steps × 10 samples", s["svi_s"], q["svi_s"], "NumPyro (jit, compiled)",
                note=f"first run with compilation {fmt(q['svi_with_compile_s'])}")
        row("exact ELBO fit, Gaussian (BFGS + diagnostics)", s["exact_fit_s"], None, "—",
            note=f"ELBO {s['exact_elbo']:.6f}")
        row(f"multistart, {s['multistart_starts']} Gaussian starts", s["multistart_s"], None, "—",
            note=f"{s['multistart_optima']} distinct local optima")

    # 6. A scatter of n normal points to PNG and PDF, whole process, and the files' sizes.
    if want("scatter"):
        for n in (["1e6"] if a.quick else ["1e5", "1e6"]):
            for ext in ("png", "pdf"):
                s = timer.median([swift("scatter-n"), n, out(f"sc_swift.{ext}")], runs=slow_runs + 2)
                p = timer.median(own("scatter_n.py") + [n, out(f"sc_py.{ext}")], env=NUMPY_ENV, runs=slow_runs)
                sizes = {who: os.path.getsize(out(f"sc_{who}.{ext}")) for who in ("swift", "py")}
                raw[f"scatter_{n}_{ext}"] = {"swift": s, "matplotlib": p, "bytes": sizes}
                target = ("≥ 20×", p["median_s"] / s["median_s"] >= 20)
                if ext == "pdf":
                    target = ("≥ 20×, file < matplotlib's", target[1] and sizes["swift"] < sizes["py"])
                row(f"scatter n={n} → {ext.upper()} (process)", s["median_s"], p["median_s"], "scatter_n.py", *target,
                    note=f"file: Swift {sizes['swift'] / 1e6:.2f} MB, matplotlib {sizes['py'] / 1e6:.2f} MB; "
                         f"CPU Swift {fmt(s['cpu_s'])}, peer {fmt(p['cpu_s'])}")

    with open(os.path.join(a.results, "results.json"), "w") as f:
        json.dump(raw, f, indent=1)
    table = render(rows, raw["machine"])
    with open(os.path.join(a.results, "results.md"), "w") as f:
        f.write(table)
    print(table)
    shutil.rmtree(scratch, ignore_errors=True)


def files(folder):
    return len([name for name in os.listdir(folder) if name.endswith((".png", ".pdf"))])


def fmt(seconds):
    if seconds is None:
        return "—"
    return f"{seconds * 1e3:.3g} ms" if seconds < 1 else f"{seconds:.3g} s"


def render(rows, m):
    v = m["versions"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} CPUs ({m['threads_per_core']} thread/core), L2 {m['l2']}, "
             f"L3 {m['l3']}, {m['memory_gib']} GiB, Linux {m['kernel']}",
             f"Versions: {v['swift']}; Python {v['python']}, numpy {v['numpy']}, scipy {v['scipy']}, "
             f"matplotlib {v['matplotlib']}, seaborn {v['seaborn']}, KDEpy {v['KDEpy']}; cairo {v['cairo']}; "
             f"{v['hyperfine']}; BLAS {v['blas']}", "",
             "| task | Swift | peer | peer time | peer / Swift | target | met | note |",
             "|---|---:|---|---:|---:|---|---|---|"]
    for task, s, p, name, ratio, target, ok, note in rows:
        verdict = "" if ok is None else ("yes" if ok else "**no**")
        lines.append(f"| {task} | {fmt(s)} | {name} | {fmt(p)} | {f'{ratio:.1f}×' if ratio else '—'} | "
                     f"{target or ''} | {verdict} | {note} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

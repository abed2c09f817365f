#!/usr/bin/env bash
# Times VIPlot against its Python peers on this machine, in one run, and prints a
# Markdown table of medians and ratios (kept in Benchmarks/.results/results.md).
#
#   Benchmarks/compare.sh [--quick] [--numpyro] [--no-install]
#
#   --quick       fewer runs and sizes (about a minute; a smoke test, not for BENCHMARKS.md)
#   --numpyro     also install (large: jax + jaxlib) and time NumPyro's SVI
#   --only=LIST   run only these sections: notebook,distplot,stats,gallery,vi,scatter
#   --no-install  use the existing Benchmarks/.venv-peers as it is
#
# What it does:
#   1. installs the pinned peers (peers-requirements.txt) into Benchmarks/.venv-peers;
#   2. builds the Swift programs in release mode with --static-swift-stdlib (notebook-figure,
#      distplot-n, stats-n, vi-fits and the root package's vi-gallery), and notebook-figure
#      also the default (dynamic) way;
#   3. builds the Cairo floor (cairo_floor.c) with gcc -O2, as its header says;
#   4. installs hyperfine from Debian when it is missing and we are root (else a
#      Python perf_counter loop times the processes);
#   5. runs Scripts/compare.py, which times everything and prints the table.
#
# The reference peer scripts (seed_figure.py, distplot_n.py, gallery.py, stats_n.py,
# cairo_floor.c) are not copied into the repository: they are read from
# ../shared/peers beside the repository root (override with PEERS_DIR=...).
# Without them the script stops and says so.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
peers="${PEERS_DIR:-$root/../shared/peers}"
venv="$here/.venv-peers"
quick="" numpyro="" install=1 only=()
for arg in "$@"; do
    case "$arg" in
        --only=*) only=(--only "${arg#--only=}") ;;
        --quick) quick="--quick" ;;
        --numpyro) numpyro="--numpyro" ;;
        --no-install) install=0 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [[ ! -f "$peers/seed_figure.py" || ! -f "$peers/cairo_floor.c" ]]; then
    echo "compare.sh: the peer scripts are not in $peers; set PEERS_DIR to the folder holding seed_figure.py" >&2
    exit 2
fi

# 1. The Python peers, pinned, in their own venv.
if [[ $install == 1 ]]; then
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/peers-requirements.txt"
    if [[ -n $numpyro ]]; then
        "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/peers-requirements-numpyro.txt"
    fi
fi
[[ -x "$venv/bin/python" ]] || { echo "compare.sh: no venv at $venv; run without --no-install" >&2; exit 2; }

# 2. The Swift programs, release mode, with the Swift runtime and Foundation linked
#    statically (--static-swift-stdlib, as a Swift command-line tool is shipped on
#    Linux; it saves ~10 ms of dynamic loading per process), in .build-static. The
#    notebook figure is also built the default way (.build) to show what that costs.
#    Touching the manifest makes SwiftPM re-read the root package, whose files may
#    have moved since the last build (else: "missing inputs").
cd "$here"
touch Package.swift
products=(notebook-figure distplot-n scatter-n stats-n vi-fits vi-gallery)
build() { swift build -c release "$@" 2>&1 | grep -E "error|warning: .*\.swift" >&2 || true; }
for product in "${products[@]}"; do
    build --static-swift-stdlib --scratch-path "$here/.build-static" --product "$product"
done
build --product notebook-figure
bin="$(swift build -c release --static-swift-stdlib --scratch-path "$here/.build-static" --show-bin-path)"
dynamic_bin="$(swift build -c release --show-bin-path)"
for product in "${products[@]}"; do
    [[ -x "$bin/$product" ]] || { echo "compare.sh: building $product failed" >&2; exit 1; }
done
# The gallery (the root package's vi-gallery) is timed once it has its `all` command.
gallery_args=()
if "$bin/vi-gallery" all --help > /dev/null 2>&1; then
    gallery_args=(--gallery "$bin/vi-gallery")
else
    echo "compare.sh: vi-gallery has no 'all' command yet; the gallery is not timed" >&2
fi

# 3. The Cairo floor.
floor="$here/.build/cairo_floor"
if [[ ! -x "$floor" || "$peers/cairo_floor.c" -nt "$floor" ]]; then
    # shellcheck disable=SC2046
    gcc -O2 "$peers/cairo_floor.c" -o "$floor" $(pkg-config --cflags --libs cairo)
fi

# 4. hyperfine.
if ! command -v hyperfine > /dev/null && [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    apt-get install -y -qq hyperfine > /dev/null 2>&1 || echo "compare.sh: hyperfine not installed; timing with a Python loop" >&2
fi

# 5. Time and report.
exec "$venv/bin/python" "$here/Scripts/compare.py" --bin "$bin" --dynamic-bin "$dynamic_bin" --peers "$peers" --floor "$floor" \
    --results "$here/.results" "${gallery_args[@]}" "${only[@]}" $quick $numpyro

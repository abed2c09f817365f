#!/usr/bin/env bash
# Renders the reference figures with seaborn/matplotlib and with VIPlot, then
# scores each pair with compare_png.py (blur2_ink_rms: 0 = identical; the
# project aims at <= 0.02, what matplotlib's own Cairo backend scores).
# Usage: Tools/reference/compare.sh [OUTDIR]   (needs seaborn==0.13.2 matplotlib==3.11.2)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out/seaborn" "$out/viplot"
python3 Tools/reference/render_reference.py "$out/seaborn" >/dev/null
VIPLOT_REFERENCE_OUTPUT="$out/viplot" swift test --filter ReferenceRenderingExport >/dev/null 2>&1
compare="${COMPARE_PNG:-../shared/tools/compare_png.py}"
for png in "$out"/viplot/*.png; do
  name=$(basename "$png")
  score=$(python3 "$compare" "$out/seaborn/$name" "$png" | tail -n 1 |
    python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["blur2_ink_rms"])')
  printf '%-22s blur2_ink_rms %s\n' "$name" "$score"
done
echo "renderings in $out"

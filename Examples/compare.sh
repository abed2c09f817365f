#!/usr/bin/env bash
# Renders every example with VIPlot and scores it against matplotlib's PNG in reference/png with
# ../shared/tools/compare_png.py. Fails when a figure's pixel size differs from matplotlib's or its
# blur2_ink_rms reaches 0.03 (the Examples contract of issue 13).
# Usage: Examples/compare.sh [OUTDIR]   (needs Pillow for compare_png.py; installs it when missing)
# THRESHOLD=0.01 Examples/compare.sh holds the figures to a stricter score.
set -euo pipefail
threshold="${THRESHOLD:-0.03}"
here="$(cd "$(dirname "$0")" && pwd)"
scorer="$here/../../shared/tools/compare_png.py"
[ -f "$scorer" ] || { echo "compare.sh: $scorer not found (shared/ must sit beside the repository)" >&2; exit 1; }
python3 -c "import PIL" 2>/dev/null || python3 -m pip install --quiet pillow >&2
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/viplot-examples.XXXXXX")}"
(cd "$here" && swift build --product plot-examples >&2 && "$(swift build --show-bin-path)/plot-examples" "$out" > /dev/null)

status=0
printf '%-24s %-10s %-10s %s\n' example size matplotlib blur2_ink_rms
for reference in "$here"/reference/png/*.png; do
    name="$(basename "$reference" .png)"
    ours="$out/$name.png"
    if [ ! -f "$ours" ]; then
        echo "$name: no rendering (plot-examples has no example of this name)"; status=1; continue
    fi
    read -r size_a size_b score < <(python3 "$scorer" "$reference" "$ours" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read().strip().splitlines()[-1])
print("x".join(map(str, r["size_b"])), "x".join(map(str, r["size_a"])), r["blur2_ink_rms"])')
    verdict=ok
    too_far=$(python3 -c "print(int(float('$score') >= float('$threshold')))")
    if [ "$size_a" != "$size_b" ] || [ "$too_far" = 1 ]; then
        verdict=FAIL; status=1
    fi
    printf '%-24s %-10s %-10s %.4f %s\n' "$name" "$size_a" "$size_b" "$score" "$verdict"
done
exit $status

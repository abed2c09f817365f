#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for a
# bounded time. Not part of `swift test`.
#
#   Tools/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s; csv-reader stats)
#
# Targets:
#   csv-reader  vi-gallery's streaming CSV reader and number parsing
#               (Sources/vi-gallery/Input/*.swift + CSVReaderFuzz.swift, with
#               Plot's RawFilePath built first as a module of its own)
#   stats       histogram and Gaussian KDE on arbitrary doubles
#               (Sources/Stats/**/*.swift + StatsFuzz.swift)
#
# Binaries, corpora and crash artifacts go to .build-fuzz/ (corpora persist
# between runs). An input may legitimately ask numpy's rules for millions of
# bins (up to Histogram's limit of 10^7), which takes seconds in this
# instrumented build: hence the 60 s per-input timeout. The CSV corpus is seeded from Tests/GalleryTests/Fixtures/csv.
# Exit status: 0 when no target found a problem, 1 when one did (its input is
# saved as .build-fuzz/artifacts/TARGET/crash-*; turn it into a regression test
# in Tests/*/Reliability/), 2 on a usage or build error.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv-reader stats)
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET] [csv-reader|stats ...]" >&2; exit 2 ;;
esac

work=.build-fuzz
mkdir -p "$work"

sources_for() {
    case "$1" in
        csv-reader) ls Sources/vi-gallery/Input/*.swift; echo Tools/fuzz/CSVReaderFuzz.swift ;;
        stats) find Sources/Stats -name '*.swift' | sort; echo Tools/fuzz/StatsFuzz.swift ;;
        *) echo "unknown fuzz target '$1' (valid: csv-reader, stats)" >&2; return 2 ;;
    esac
}

# The Plot sources a target needs: the CSV source names files by RawFilePath.
plot_sources_for() {
    case "$1" in
        csv-reader) echo Sources/Plot/Output/RawFilePath.swift ;;
    esac
}

build() {
    local target="$1" module="${1//-/_}_fuzz"
    local sources plot_sources plot_flags=()
    sources=$(sources_for "$target") || exit 2
    plot_sources=$(plot_sources_for "$target")
    if [ -n "$plot_sources" ]; then
        mkdir -p "$work/plot-$target"
        # shellcheck disable=SC2086
        swiftc -sanitize=address -parse-as-library -O -g -module-name Plot -emit-module -emit-library -static \
            -emit-module-path "$work/plot-$target/Plot.swiftmodule" -o "$work/plot-$target/libPlot.a" $plot_sources >&2
        plot_flags=(-I "$work/plot-$target" -L "$work/plot-$target" -lPlot)
    fi
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name "$module" "${plot_flags[@]}" \
        $sources -o "$work/$target" 2>&1 | grep -v "Cannot export local symbol '__asan" >&2 || true
    [ -x "$work/$target" ] || { echo "building the $target fuzz target failed" >&2; exit 2; }
}

seed() {
    local target="$1" corpus="$work/corpus/$1"
    mkdir -p "$corpus"
    [ -n "$(ls -A "$corpus")" ] && return
    case "$target" in
        csv-reader)
            for file in Tests/GalleryTests/Fixtures/csv/*.csv; do
                { printf '\003'; head -c 4096 "$file"; } > "$corpus/$(basename "$file")"
            done
            printf '\000\357\273\277x,y\r\n1,2\r\n"3",4\r\n' > "$corpus/bom-crlf"
            printf '\001a,b\n1,"2\n3"\nnan,inf\n,-0x1p-3\n' > "$corpus/quoted"
            ;;
        stats)
            python3 -c 'import struct,sys; sys.stdout.buffer.write(b"\x00" + struct.pack("<4d", 1.0, 2.5, 2.5, -3.0))' > "$corpus/small"
            python3 -c 'import struct,sys; sys.stdout.buffer.write(b"\xf0" + struct.pack("<3d", 1e308, -1e308, 5e-324))' > "$corpus/extreme"
            ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    sources_for "$target" > /dev/null || exit 2
    echo "== $target: building" >&2
    build "$target"
    seed "$target"
    mkdir -p "$work/artifacts/$target"
    echo "== $target: fuzzing for $seconds s" >&2
    if "$work/$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=3072 -max_len=4096 \
        -artifact_prefix="$work/artifacts/$target/" -print_final_stats=1 \
        "$work/corpus/$target" > "$work/$target.log" 2>&1; then
        grep -E "^stat::number_of_executed_units|^Done" "$work/$target.log" >&2 || true
        echo "== $target: no crash, hang or disagreement" >&2
    else
        status=1
        tail -n 40 "$work/$target.log" >&2
        echo "== $target: FOUND A PROBLEM; inputs in $work/artifacts/$target/" >&2
    fi
done
exit "$status"

#!/usr/bin/env bash
# One command for a newcomer: install the system packages if missing, build
# vi-gallery in release mode and render every figure into Gallery/.
# Extra arguments go to vi-gallery (e.g. --output /tmp/figures).
set -euo pipefail
cd "$(dirname "$0")/.."
Tools/install-system-packages.sh
swift build -c release --product vi-gallery
# PDFs carry a creation date; taking it from the last commit that changed
# the code makes a re-rendered gallery byte-identical (PNGs are so anyway).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct -- Sources Fonts Package.swift 2>/dev/null || echo 0)}"
.build/release/vi-gallery "$@"

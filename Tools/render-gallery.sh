#!/usr/bin/env bash
# One command for a newcomer: install the system packages if missing, build
# vi-gallery in release mode and render every figure into Gallery/.
# Extra arguments go to vi-gallery (e.g. --output /tmp/figures).
set -euo pipefail
cd "$(dirname "$0")/.."
Tools/install-system-packages.sh
swift build -c release --product vi-gallery
.build/release/vi-gallery "$@"

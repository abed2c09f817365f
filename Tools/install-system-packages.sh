#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages VIPlot needs, when they are missing:
#   libcairo2-dev   Cairo + FreeType headers and pkg-config files (build)
#   poppler-utils   pdfinfo/pdffonts/pdftotext (the tests check PDFs with them when present)
#   libxml2-utils   xmllint (the tests check SVGs with it when present)
#   qpdf            qpdf --check (the output-validity check of the gallery)
# Uses sudo when not run as root. Prints nothing when all are present.
set -euo pipefail

missing=()
pkg-config --exists cairo-ft freetype2 2>/dev/null || missing+=(libcairo2-dev)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Renders seeds/*.txt as 公文 samples into samples/: <stem>.pdf .docx .html .doc
# and <stem>.gb18030.txt. See samples/render/README.md.
#
# Needs (Debian): libreoffice-writer (or libreoffice-writer-nogui), fonts-noto-cjk;
# poppler-utils only for the checks at the end. Install with
#   apt-get update && apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils
# Not needed for builds or tests: the outputs are committed.
#
# Usage: samples/render/render.sh [seed.txt ...]   (default: all of seeds/*.txt)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk" >&2; exit 1; }
[ -n "$(fc-list "Noto Serif CJK SC")" ] || { echo "Noto Serif CJK SC not found: apt-get install -y fonts-noto-cjk" >&2; exit 1; }
python3 "$here/render.py" --out "$repo/samples" "$@"

# Sanity checks (skipped without poppler-utils).
if command -v pdftotext >/dev/null && command -v pdffonts >/dev/null; then
  for pdf in "$repo"/samples/*.pdf; do
    stem="${pdf%.pdf}"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
    cjk=$(pdffonts "$pdf" | grep -c 'CJK.* yes ' || true)
    footers=$(pdftotext -layout "$pdf" - | grep -cE '^ *— *[0-9]+ *— *$' || true)
    tbl=$(unzip -p "$stem.docx" word/document.xml | grep -o '<w:tbl>' | wc -l)
    htbl=$(grep -c '<table' "$stem.html" || true)
    echo "$(basename "$stem"): $pages pages, $cjk embedded CJK fonts, $footers page footers, docx tables $tbl, html tables $htbl"
    [ "$cjk" -gt 0 ] && [ "$footers" -eq "$pages" ] && [ "$tbl" -gt 0 ] && [ "$htbl" -gt 0 ] || { echo "check failed for $stem" >&2; exit 1; }
  done
fi

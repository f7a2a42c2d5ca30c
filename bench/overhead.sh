#!/usr/bin/env bash
# Our pipeline vs plain PDFBox PDFTextStripper on the sample PDFs, same JVM, warmed up, 1 thread.
# Usage: bench/overhead.sh [ROUNDS]   (default 5)
set -euo pipefail
source "$(dirname "$0")/common.sh"
java -cp "$CP" "$ROOT/bench/PdfBoxBaseline.java" "$ROOT/samples" "${1:-5}"

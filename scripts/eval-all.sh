#!/usr/bin/env bash
# Every dev set, HTML and text, with the reference scorer's cross-check.
#   bash scripts/eval-all.sh <data-dir> <out-dir>
# Prints one summary file per run into <out-dir> and copies the per-page rows
# (.eval/<set>-<format>.jsonl) beside them, for scripts/eval-diff.ts.
set -euo pipefail
data=${1:?data dir, e.g. ../shared/data}
out=${2:?output dir}
mkdir -p "$out"
for set in wcxb-dev trafilatura-dev readability-pages; do
  for format in html text; do
    npx tsx scripts/eval.ts "$data/$set" --format "$format" --check > "$out/$set-$format.txt" 2>&1
    cp ".eval/$set-$format.jsonl" "$out/$set-$format.jsonl"
  done
done
grep -H -i "word f1\|snippet f1\|title\|author\|published" "$out"/*.txt | grep -v "^\s*$" | head -80

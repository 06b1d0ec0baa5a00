#!/usr/bin/env bash
# Measures how a full `analyze` run and its grouping stage grow with the corpus: the ECB+ dev
# corpus (413 articles) replicated 1, 2, 4 and 8 times by scale-corpus.py (shifted years,
# renamed names). Prints articles, wall time of each stage, and peak memory (GNU time).
# Usage: benchmarks/grouping-scale.sh [SOURCE]   (default ../shared/eval/ecbplus-dev/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1:-../shared/eval/ecbplus-dev/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Contradictions.Cli --nologo -v q >/dev/null
cli=src/Contradictions.Cli/bin/Release/net10.0/contradictions.dll
printf '%-6s %-9s %-12s %-12s %-12s %-12s %-12s %s\n' copies articles total_s ingest_s claims_s grouping_s compare_s peak_MB
for k in 1 2 4 8; do
  corpus="$work/x$k"
  python3 benchmarks/scale-corpus.py "$source" "$corpus" "$k"
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$cli" analyze "$corpus" --out "$work/out$k" --state "$work/s$k.db" --verbose \
    >"$work/log" 2>/dev/null
  read -r total kb <"$work/time"
  stages=$(grep '^time:' "$work/log" | sed -E 's/time: ingest ([0-9.]+) s, claims ([0-9.]+) s, grouping ([0-9.]+) s, compare ([0-9.]+) s.*/\1 \2 \3 \4/')
  read -r ingest claims grouping compare <<<"$stages"
  printf '%-6s %-9s %-12s %-12s %-12s %-12s %-12s %s\n' "$k" "$(ls "$corpus" | wc -l)" "$total" "$ingest" "$claims" "$grouping" "$compare" "$((kb / 1024))"
done

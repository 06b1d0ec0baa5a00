#!/usr/bin/env bash
# How often assigning one added article to the kept incidents (the incremental path) gives the
# same incidents as grouping the whole corpus again. For N ECB+ dev articles, chosen by a fixed
# shuffle: analyse the corpus without it, add it back and re-run (incremental), and compare the
# incidents (as sets of sentences) with a clean run of the whole corpus.
# Usage: benchmarks/incremental-fidelity.sh [N]   (default 12)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/eval/ecbplus-dev/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Contradictions.Cli --nologo -v q >/dev/null
cli="dotnet src/Contradictions.Cli/bin/Release/net10.0/contradictions.dll"
$cli analyze $corpus --out "$work/clean" --state "$work/clean.db" --format json >/dev/null 2>&1
same=0; total=0
for f in $(ls $corpus | shuf --random-source=<(yes) | head -"${1:-12}"); do
  rm -rf "$work/w"; mkdir -p "$work/w/c"; cp $corpus/*.md "$work/w/c/"; mv "$work/w/c/$f" "$work/w/held"
  $cli analyze "$work/w/c" --out "$work/w/o" --state "$work/w/s.db" --format json >/dev/null 2>&1
  mv "$work/w/held" "$work/w/c/$f"
  mode=$($cli analyze "$work/w/c" --out "$work/w/o" --state "$work/w/s.db" --format json 2>/dev/null | grep '^claims' | sed -E 's/.*; grouping ([a-z]+).*/\1/')
  verdict=$(python3 - "$work/clean/report.json" "$work/w/o/report.json" <<'PY'
import json, sys
def incidents(path):
    return {frozenset((s["article"], s["index"]) for s in i["sentences"]) for i in json.load(open(path))["incidents"]}
a, b = incidents(sys.argv[1]), incidents(sys.argv[2])
print("same" if a == b else f"differs ({len(a - b)} incidents only in the clean run, {len(b - a)} only in the re-run)")
PY
)
  echo "$f: $mode grouping, $verdict"
  total=$((total + 1)); [ "$verdict" = same ] && same=$((same + 1))
done
echo "same incidents as a clean run: $same of $total"

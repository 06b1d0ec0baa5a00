#!/usr/bin/env bash
# Times whole `contradictions analyze` runs on the ECB+ dev corpus (413 Markdown articles):
# a first run into an empty state, and a re-run where nothing changed. Uses hyperfine when
# it is installed (apt-get install hyperfine), else bash's time over a few runs.
# Usage: benchmarks/cli-runs.sh [CORPUS]   (default ../shared/eval/ecbplus-dev/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/eval/ecbplus-dev/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Contradictions.Cli --nologo -v q >/dev/null
cli="dotnet src/Contradictions.Cli/bin/Release/net10.0/contradictions.dll"
first="$cli analyze $corpus --out $work/out --state $work/state.db"

echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1))"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 10 --prepare "rm -f $work/state.db $work/state.db-wal $work/state.db-shm" \
    --command-name "first run (empty state)" "$first"
  $first >/dev/null 2>&1
  hyperfine --warmup 1 --runs 10 --command-name "re-run (nothing changed)" "$first"
else
  for label in "first run (empty state)" "re-run (nothing changed)"; do
    for i in 1 2 3; do
      [ "$label" = "re-run (nothing changed)" ] || rm -f "$work"/state.db*
      /usr/bin/env bash -c "time $first >/dev/null 2>&1" 2>&1 | grep real | sed "s/^/$label: /"
    done
    $first >/dev/null 2>&1
  done
fi

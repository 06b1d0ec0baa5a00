#!/usr/bin/env bash
# Times a re-run that adds one article to a corpus of 500 against a full run of that corpus.
# The corpus: the 413 ECB+ dev articles, plus the first 87 of a shifted, renamed copy made by
# scale-corpus.py (new look-alike incidents); the added article is the copy's 88th. Both runs
# use the same build: a ReadyToRun publish of the command line, as a user would install it
# (see README, "Install"). Uses hyperfine (apt-get install hyperfine).
# Usage: benchmarks/incremental.sh [SOURCE]   (default ../shared/eval/ecbplus-dev/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1:-../shared/eval/ecbplus-dev/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/Contradictions.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/bin" --nologo -v q >/dev/null
cli="$work/bin/contradictions"

python3 benchmarks/scale-corpus.py "$source" "$work/x2" 2
mkdir -p "$work/corpus"
cp "$work"/x2/c00_* "$work/corpus/"
ls "$work"/x2/c01_* | sort | head -87 | xargs -I{} cp {} "$work/corpus/"
added=$(ls "$work"/x2/c01_* | sort | sed -n 88p)
echo "corpus: $(ls "$work/corpus" | wc -l) articles; added: $(basename "$added")"

run="$cli analyze $work/corpus --out $work/out --state $work/state.db"
hyperfine --warmup 1 --runs 10 --export-json "$work/full.json" \
  --prepare "rm -rf $work/state.db* $work/out $work/corpus/$(basename "$added")" \
  --command-name "full run, 500 articles, empty state" "$run"

# The state and reports of the 500, kept aside; each timed run starts from them and adds one.
rm -rf "$work"/state.db* "$work/out"
$run >/dev/null
cp "$work/state.db" "$work/state.500"
cp -r "$work/out" "$work/out.500"
hyperfine --warmup 1 --runs 10 --export-json "$work/incremental.json" \
  --prepare "rm -rf $work/state.db* $work/out && cp $work/state.500 $work/state.db && cp -r $work/out.500 $work/out && cp $added $work/corpus/" \
  --command-name "re-run after adding 1 article" "$run"
# One more, with the stage times.
rm -rf "$work"/state.db* "$work/out" && cp "$work/state.500" "$work/state.db" && cp -r "$work/out.500" "$work/out" && cp "$added" "$work/corpus/"
$run --verbose | grep -E '^(claims|time):'

python3 - "$work/full.json" "$work/incremental.json" <<'PY'
import json, sys
full = json.load(open(sys.argv[1]))["results"][0]["mean"]
incremental = json.load(open(sys.argv[2]))["results"][0]["mean"]
print(f"full {full:.3f} s, re-run after adding 1 article {incremental:.3f} s: {100 * incremental / full:.1f}% of the full run")
PY

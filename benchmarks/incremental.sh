#!/usr/bin/env bash
# Times a re-run that adds one article to a corpus of SIZE articles (default 500) against a
# full run of that corpus. The corpus: the 413 ECB+ dev articles, then shifted, renamed copies
# of them made by scale-corpus.py (new look-alike incidents), the first SIZE in name order; the
# added article is the next one. For 500 that is the 413 and the first 87 of the first copy,
# and the copy's 88th is added. Both runs use the same build, published as README "Speed"
# recommends: self-contained, composite ReadyToRun; BUILD=framework times the smaller
# framework-dependent ReadyToRun build instead. Last, the floor: the same article added to a corpus
# of one article, which costs what any re-run costs whatever the corpus size (start-up, the
# state file, reading one article, compiling the templates, writing its pages and the index).
# Uses hyperfine (apt-get install hyperfine).
# Usage: [SIZE=500] [BUILD=framework] benchmarks/incremental.sh [SOURCE]
#        (SOURCE defaults to ../shared/eval/ecbplus-dev/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1:-../shared/eval/ecbplus-dev/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${BUILD:-composite}" = framework ]; then
  build=(--self-contained false -p:PublishReadyToRun=true)
else
  build=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
fi
# Published from a copy of the sources: the two builds share obj/ paths, and one left there
# can break the other's next publish in the working tree.
mkdir -p "$work/src"
tar --exclude=bin --exclude=obj -cf - src templates Directory.Build.props Directory.Packages.props global.json | tar -xf - -C "$work/src"
dotnet publish "$work/src/src/Contradictions.Cli" -c Release -r linux-x64 "${build[@]}" -o "$work/bin" --nologo -v q >/dev/null
cli="$work/bin/contradictions"

size=${SIZE:-500}
per_copy=$(ls "$source" | wc -l)
python3 benchmarks/scale-corpus.py "$source" "$work/copies" $(( size / per_copy + 1 ))
mkdir -p "$work/corpus"
ls "$work"/copies/* | sort | sed -n "1,${size}p" | xargs -I{} cp {} "$work/corpus/"
added=$(ls "$work"/copies/* | sort | sed -n "$(( size + 1 ))p")
echo "corpus: $(ls "$work/corpus" | wc -l) articles; added: $(basename "$added")"

run="$cli analyze $work/corpus --out $work/out --state $work/state.db"
hyperfine --warmup 1 --runs 10 --export-json "$work/full.json" \
  --prepare "rm -rf $work/state.db* $work/out $work/corpus/$(basename "$added")" \
  --command-name "full run, $size articles, empty state" "$run"

# The state and reports of the corpus, kept aside; each timed run starts from them and adds one.
rm -rf "$work"/state.db* "$work/out"
$run >/dev/null
cp "$work/state.db" "$work/state.kept"
cp -r "$work/out" "$work/out.kept"
hyperfine --warmup 1 --runs 10 --export-json "$work/incremental.json" \
  --prepare "rm -rf $work/state.db* $work/out && cp $work/state.kept $work/state.db && cp -r $work/out.kept $work/out && cp $added $work/corpus/" \
  --command-name "re-run after adding 1 article" "$run"
# One more, with the stage times.
rm -rf "$work"/state.db* "$work/out" && cp "$work/state.kept" "$work/state.db" && cp -r "$work/out.kept" "$work/out" && cp "$added" "$work/corpus/"
$run --verbose | grep -E '^(claims|time):'

# The floor: a corpus of one article (the corpus's last), then the same article added.
mkdir -p "$work/one"
cp "$(ls "$work"/corpus/* | sort | tail -1)" "$work/one/"
one="$cli analyze $work/one --out $work/one-out --state $work/one.db"
$one >/dev/null 2>&1
cp "$work/one.db" "$work/one.kept"
cp -r "$work/one-out" "$work/one-out.kept"
hyperfine --warmup 1 --runs 10 --export-json "$work/floor.json" \
  --prepare "rm -rf $work/one.db* $work/one-out && cp $work/one.kept $work/one.db && cp -r $work/one-out.kept $work/one-out && cp $added $work/one/" \
  --command-name "floor: the same article added to a corpus of 1" "$one"

python3 - "$work/full.json" "$work/incremental.json" "$work/floor.json" <<'PY'
import json, sys
mean = lambda path: json.load(open(path))["results"][0]["mean"]
full, incremental, floor = (mean(p) for p in sys.argv[1:4])
print(f"full {full:.3f} s, re-run after adding 1 article {incremental:.3f} s: {100 * incremental / full:.1f}% of the full run")
print(f"floor (adding it to a corpus of 1) {floor:.3f} s: {100 * floor / full:.1f}% of the full run")
PY

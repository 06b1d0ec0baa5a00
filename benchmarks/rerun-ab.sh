#!/usr/bin/env bash
# Compares two commits on the runs of benchmarks/incremental.sh (500 articles, the composite
# build): the re-run adding one article, the floor (that article added to a corpus of one) and
# the full run. On a shared machine, consecutive timings drift by more than the changes one
# wants to see; here the two builds run in alternation (A B, B A, ...) and each pair's
# difference is kept, so drift cancels out.
# Usage: benchmarks/rerun-ab.sh BASE [NEW=HEAD] [PAIRS=30]   (uses python3; SOURCE as incremental.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benchmarks/rerun-ab.sh BASE [NEW] [PAIRS]}
new=${2:-HEAD}
pairs=${3:-30}
source=${SOURCE:-../shared/eval/ecbplus-dev/corpus}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

for side in a b; do
  commit=$([ $side = a ] && echo "$base" || echo "$new")
  git worktree add -q --detach "$work/tree" "$commit"
  mkdir -p "$work/src-$side"
  (cd "$work/tree" && tar --exclude=bin --exclude=obj -cf - src templates Directory.Build.props Directory.Packages.props global.json) | tar -xf - -C "$work/src-$side"
  git worktree remove --force "$work/tree"
  dotnet publish "$work/src-$side/src/Contradictions.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true -o "$work/bin-$side" --nologo -v q >/dev/null
done

python3 benchmarks/scale-corpus.py "$source" "$work/copies" 2
mkdir -p "$work/corpus" "$work/one"
ls "$work"/copies/* | sort | sed -n "1,500p" | xargs -I{} cp {} "$work/corpus/"
added=$(ls "$work"/copies/* | sort | sed -n "501p")
cp "$(ls "$work"/corpus/* | sort | tail -1)" "$work/one/"

python3 - "$work" "$added" "$pairs" "$base" "$new" <<'PY'
import os, shutil, statistics, subprocess, sys, time
work, added, pairs, names = sys.argv[1], sys.argv[2], int(sys.argv[3]), {"a": sys.argv[4], "b": sys.argv[5]}

def run(side, corpus, state, out):
    start = time.perf_counter()
    subprocess.run([f"{work}/bin-{side}/contradictions", "analyze", corpus, "--out", out, "--state", state],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start

def fresh(path):
    for p in (path, path + "-wal", path + "-shm"):
        if os.path.exists(p):
            os.remove(p)

def clear(folder):
    shutil.rmtree(folder, ignore_errors=True)

# The kept state of each build: the corpus, and the corpus of one, analysed without the added article.
for side in "ab":
    for corpus, tag in ((f"{work}/corpus", "many"), (f"{work}/one", "one")):
        fresh(f"{work}/state.db"); clear(f"{work}/out")
        run(side, corpus, f"{work}/state.db", f"{work}/out")
        shutil.copy(f"{work}/state.db", f"{work}/kept-{side}-{tag}.db")
        shutil.copytree(f"{work}/out", f"{work}/kept-{side}-{tag}")

def once(side, kind):
    fresh(f"{work}/state.db"); clear(f"{work}/out")
    target = os.path.basename(added)
    for corpus in (f"{work}/corpus", f"{work}/one"):
        if os.path.exists(f"{corpus}/{target}"):
            os.remove(f"{corpus}/{target}")
    if kind == "full":
        return run(side, f"{work}/corpus", f"{work}/state.db", f"{work}/out")
    tag, corpus = ("many", f"{work}/corpus") if kind == "re-run" else ("one", f"{work}/one")
    shutil.copy(f"{work}/kept-{side}-{tag}.db", f"{work}/state.db")
    shutil.copytree(f"{work}/kept-{side}-{tag}", f"{work}/out")
    shutil.copy(added, corpus)
    return run(side, corpus, f"{work}/state.db", f"{work}/out")

for kind, count in (("re-run", pairs), ("floor", pairs), ("full", max(4, pairs // 4))):
    times = {"a": [], "b": []}
    for i in range(count):
        for side in ("ab" if i % 2 == 0 else "ba"):
            times[side].append(once(side, kind))
    diffs = [b - a for a, b in zip(times["a"], times["b"])]
    print(f"{kind:6}: {names['a']} median {statistics.median(times['a']) * 1000:.0f} ms, {names['b']} median {statistics.median(times['b']) * 1000:.0f} ms; "
          f"difference per pair: median {statistics.median(diffs) * 1000:+.0f} ms, mean {statistics.mean(diffs) * 1000:+.0f} ± {statistics.stdev(diffs) / len(diffs) ** 0.5 * 1000:.0f} ms (s.e.), "
          f"{names['b']} faster in {sum(d < 0 for d in diffs)} of {count}")
PY

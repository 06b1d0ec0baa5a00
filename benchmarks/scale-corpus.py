#!/usr/bin/env python3
"""Makes a corpus K times the size of another, for the grouping scaling measurement.

usage: scale-corpus.py SOURCE_DIR TARGET_DIR K

Copy 0 is the source as it is. Copy k (k >= 1) shifts every four-digit year by 30*k and
renames every capitalized word (people, places, organisations) with a copy-specific suffix,
so each copy holds new incidents that look like the originals but are not the same: the
right grouping of K copies is K times the grouping of one.
"""
import os, re, sys

SUFFIXES = "qxzvkjwy"

def rename(word, k):
    return word + SUFFIXES[k % len(SUFFIXES)] * (1 + k // len(SUFFIXES))

def transform(text, k):
    if k == 0:
        return text
    head, sep, body = text.partition("\n---\n") if text.startswith("---\n") else ("", "", text)
    def year(m):
        return str(int(m.group(0)) + 30 * k)
    def name(m):
        return rename(m.group(0), k)
    body = re.sub(r"\b(1[89]\d\d|20\d\d)\b", year, body)
    body = re.sub(r"\b[A-Z][a-z]{2,}\b", name, body)
    head = re.sub(r"\b[A-Z][a-z]{2,}\b", name, head) if head else head
    return head + sep + body

def main():
    source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(target, exist_ok=True)
    for k in range(copies):
        for name in sorted(os.listdir(source)):
            with open(os.path.join(source, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(target, f"c{k:02d}_{name}"), "w", encoding="utf-8") as f:
                f.write(transform(text, k))

if __name__ == "__main__":
    main()

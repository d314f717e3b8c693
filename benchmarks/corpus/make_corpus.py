#!/usr/bin/env python3
"""Writes the corpus of issue 15 as JSON Lines: N real-size reports, the Pingwu sample (docs/samples) compacted, the
agency varied per line, and 1 line in 10 with a broken total (applications/newlyReceived/total one too high, GID-B3).
Usage: make_corpus.py SAMPLE COUNT OUT"""
import json
import sys

sample, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(sample, encoding="utf-8") as f:
    report = json.load(f)
agency = report["agency"]
total = report["applications"]["newlyReceived"]["total"]
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i in range(count):
        report["agency"] = f"{agency}（第{i}号）"
        report["applications"]["newlyReceived"]["total"] = total + 1 if i % 10 == 9 else total
        f.write(json.dumps(report, ensure_ascii=False, separators=(",", ":")))
        f.write("\n")

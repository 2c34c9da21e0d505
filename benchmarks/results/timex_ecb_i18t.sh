#!/bin/bash
# before = cf543a4 (the branch's start) under /tmp/i18t-before/src; after = this worktree's src
cd /work/wt/i18t
for side in before after; do
  if [ $side = before ]; then SRC=/tmp/i18t-before/src; else SRC=$PWD/src; fi
  for f in timex_ecb_dev timex_ecb_dev2 timex_ecb_test timex_dev timex_test; do
    echo "## $side $f"
    nice -n 10 env PYTHONPATH=$SRC .venv/bin/python benchmarks/bench_timex.py --data benchmarks/data/$f.jsonl --misses 2>&1 | grep -v Warning
  done
  for split in dev test; do
    echo "## $side recognizers $split"
    nice -n 10 env PYTHONPATH=$SRC .venv/bin/python benchmarks/bench_recognizers.py --split $split --misses /tmp/i18t-work/rec_${side}_$split.txt 2>&1 | grep -i "DateTime\|pooled"
  done
done

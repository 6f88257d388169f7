#!/bin/sh
# Fuzzes one libFuzzer target after its corpus replay. Arguments: the folder for new inputs, the
# number of executions for the test suite's run, then the fuzzer's command line.
#
# The test suite (and so CI) runs a fixed number of executions, not a time: how far a timed run
# gets depends on the machine and its load, and the same commit once passed 20 s of
# bodysanitizefuzz here and failed it in the next run (RELIABILITY.md). For the same walk in
# every clone and on every machine, the run also starts from an empty folder of new inputs,
# with a fixed seed (NEWSDESK_FUZZ_SEED, default 1), without address randomisation (setarch -R),
# with Qt's hash seed fixed (QT_HASH_SEED=0 in the test's environment) and without libFuzzer's
# dictionary of compared values (-use_cmp=0): with it, two runs of the same binary parted after
# 939 executions on one compared value; without it, two runs gave the same 293 lines of progress
# and the same finding at the same execution. A red run therefore repeats, and a change cannot
# turn red by a finding that has nothing to do with it.
#
# `tools/dev fuzz` sets NEWSDESK_FUZZ_SECONDS and NEWSDESK_FUZZ_SEED=0 instead: a timed run with
# a new seed, which keeps and builds on the inputs of earlier runs, to explore further.
found=$1
runs=$2
shift 2
mkdir -p "$found"
if [ -n "${NEWSDESK_FUZZ_SECONDS:-}" ]; then
    exec "$@" -seed="${NEWSDESK_FUZZ_SEED:-1}" -max_total_time="$NEWSDESK_FUZZ_SECONDS"
fi
find "$found" -mindepth 1 -delete
exec setarch "$(uname -m)" -R "$@" -seed="${NEWSDESK_FUZZ_SEED:-1}" -runs="$runs" -use_cmp=0

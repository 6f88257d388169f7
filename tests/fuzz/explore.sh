#!/bin/sh
# Runs a libFuzzer target for NEWSDESK_FUZZ_SECONDS (default 20): CTest's fixed command line,
# with the time left to the caller (tools/dev fuzz runs it for longer).
# The seed is fixed (NEWSDESK_FUZZ_SEED, default 1) so that the short runs of the test suite walk
# the same inputs every time: a change cannot turn red from a random new finding that has nothing
# to do with it, and a red run reproduces. `tools/dev fuzz` passes 0, a new seed each run, to
# explore further.
# The first argument is the folder for new inputs, made here if a clean-up removed it
# (libFuzzer refuses a missing corpus folder); the rest is the fuzzer's command line.
mkdir -p "$1"
shift
exec "$@" -seed="${NEWSDESK_FUZZ_SEED:-1}" -max_total_time="${NEWSDESK_FUZZ_SECONDS:-20}"

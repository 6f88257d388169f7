#!/bin/sh
# Runs a libFuzzer target for NEWSDESK_FUZZ_SECONDS (default 20): CTest's fixed command line,
# with the time left to the caller (tools/dev fuzz runs it for longer).
exec "$@" -max_total_time="${NEWSDESK_FUZZ_SECONDS:-20}"

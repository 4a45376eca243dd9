#!/usr/bin/env bash
# JIT-compiles, runs and closes N small llvm-dialect modules (a loop with loads and fma) in one JVM
# and prints the resident memory as it goes: it must stay flat (no native memory kept per module).
#
#   bench/jit-leak.sh [N]      (default 1000; needs a built MLC: mvn -DskipTests install)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/tools/bin/mlc-launch" dev.mlc.tools.translate.JitBench "${1:-1000}"

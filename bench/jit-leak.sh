#!/usr/bin/env bash
# JIT-compiles, runs and closes N small llvm-dialect modules (a loop with loads and fma) in one JVM
# and prints the resident memory as it goes: it must level off (no native memory kept per module).
# Here (LLVM 20, JDK 25): about 22 ms per module on a 2-core VM, RSS flat at ~165 MiB from 900 to
# 2,700 modules.
#
#   bench/jit-leak.sh [N]      (default 1000; needs a built MLC: mvn -DskipTests install)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# A small, bounded Java heap, so that the RSS measures native memory rather than a young
# generation being touched for the first time (MLC_JVM_FLAGS overrides it).
export MLC_JVM_FLAGS="${MLC_JVM_FLAGS:--XX:+UseSerialGC -Xmn16m -Xmx256m -Xss16m}"
exec "$root/tools/bin/mlc-launch" dev.mlc.tools.translate.JitBench "${1:-1000}"

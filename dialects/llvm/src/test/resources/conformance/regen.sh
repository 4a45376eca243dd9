#!/bin/sh
# Regenerates the expected outputs of the conformance inputs with upstream MLIR 19.
cd "$(dirname "$0")"
for f in *.mlir; do
  case "$f" in *.expected.mlir) continue ;; esac
  mlir-opt-19 "$f" > "${f%.mlir}.custom.expected.mlir"
  mlir-opt-19 --mlir-print-op-generic "$f" > "${f%.mlir}.generic.expected.mlir"
done

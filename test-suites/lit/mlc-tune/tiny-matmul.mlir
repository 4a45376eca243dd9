// mlc-tune on a tiny model with a tiny search space (the hidden --mr/--nr/--mc/--kc options): it
// writes a tuning database for this machine, which then compiles the model and runs it correctly.
// RUN: rm -f %t.json
// RUN: mlc-tune %s --tuning-db %t.json --threads 1 --mr 4 --nr 16 --min-time-ms 1 2>&1 | FileCheck %s
// RUN: cat %t.json | FileCheck %s --check-prefix=DB
// RUN: mlc-run %s --tuning-db %t.json --threads 1 --random-inputs --check-against-interpreter --no-cache 2>&1 | FileCheck %s --check-prefix=NATIVE
// The database is read (its entry applies to the product: one op tuned), and the same database gives
// byte-identical output.
// RUN: mlc-opt %s --fold-batch-norm --fuse --convert-graph-to-tl --tl-matmul-kernel=tuning-db=%t.json --mlir-pass-statistics -o %t.a.mlir 2>&1 | FileCheck %s --check-prefix=USED
// RUN: mlc-opt %s --fold-batch-norm --fuse --convert-graph-to-tl --tl-matmul-kernel=tuning-db=%t.json -o %t.b.mlir
// RUN: diff %t.a.mlir %t.b.mlir
// A second run keeps the entries of the first (ops tuned again are replaced).
// RUN: mlc-tune %s --tuning-db %t.json --threads 2 --mr 4 --nr 16 --min-time-ms 1 | FileCheck %s --check-prefix=AGAIN

// RUN: mlc-tune --help | FileCheck %s --check-prefix=HELP
// RUN: not mlc-tune %s 2>&1 | FileCheck %s --check-prefix=NODB
// RUN: not mlc-tune %s --tuning-db %t.json --budget-seconds 0 2>&1 | FileCheck %s --check-prefix=BUDGET
// RUN: not mlc-run %s --tuning-db %t.missing.json --threads 1 --random-inputs --no-cache 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not mlc-run %s --tuning-db %t.json --interpret --random-inputs 2>&1 | FileCheck %s --check-prefix=INTERP
// MISSING: error: cannot read the tuning database {{.*}}missing.json: no such file
// INTERP: mlc-run: error: --tuning-db tunes native code; it cannot be combined with --interpret
// HELP: Usage: mlc-tune
// HELP: --tuning-db=FILE
// HELP: --budget-seconds=S
// HELP-NOT: --mr
// NODB: Missing required option: '--tuning-db=FILE'
// BUDGET: mlc-tune: error: --budget-seconds needs a positive number, got 0.0

// CHECK: mlc-tune: op 1/1 matmul m=24,n=48,k=40,ta=0,tb=0: candidate 1/2 mr=8 nr=32 mc=64 kc=256 {{[0-9.]+}} ms, best
// CHECK: mlc-tune: op 1/1 matmul m=24,n=48,k=40,ta=0,tb=0: candidate 2/2 mr=4 nr=16 mc=64 kc=256 {{[0-9.]+}} ms, best
// CHECK: target {{.+}}/{{[0-9a-f]+}} ({{.+}}), 1 thread(s)
// CHECK: op       shape                                        default_ms   tuned_ms  speedup  params
// CHECK: matmul   m=24,n=48,k=40,ta=0,tb=0 {{.*}} (2/2 candidates)
// CHECK: wrote {{.*}} (1 entries)

// DB:      "schema" : "mlc-tuning-db",
// DB-NEXT: "version" : 1,
// DB:      "op" : "matmul",
// DB:      "threads" : 1,
// DB-NEXT: "params" : {
// DB-NEXT:   "mr" : {{4|8}},
// DB-NEXT:   "nr" : {{16|32}},
// DB-NEXT:   "mc" : 64,
// DB-NEXT:   "kc" : 256

// NATIVE: check-against-interpreter: ok (1 results

// USED: (S) 1 num-tuned

// AGAIN: wrote {{.*}} (2 entries)

func.func @main(%x: tensor<24x40xf32>) -> tensor<24x48xf32> {
  %w = "graph.constant"() {value = dense<0.125> : tensor<40x48xf32>} : () -> tensor<40x48xf32>
  %b = "graph.constant"() {value = dense<-0.5> : tensor<48xf32>} : () -> tensor<48xf32>
  %h = "graph.matmul"(%x, %w) : (tensor<24x40xf32>, tensor<40x48xf32>) -> tensor<24x48xf32>
  %hb = "graph.add"(%h, %b) : (tensor<24x48xf32>, tensor<48xf32>) -> tensor<24x48xf32>
  %r = "graph.relu"(%hb) : (tensor<24x48xf32>) -> tensor<24x48xf32>
  return %r : tensor<24x48xf32>
}

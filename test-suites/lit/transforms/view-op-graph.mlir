// RUN: mlc-opt %s --view-op-graph -o /dev/null 2>&1 | FileCheck %s --check-prefix=DFG
// RUN: mlc-opt %s --view-op-graph='print-data-flow-edges=false print-control-flow-edges=true' -o /dev/null 2>&1 | FileCheck %s --check-prefix=CFG
// RUN: mlc-opt %s --view-op-graph='print-attrs=false print-result-types=false' -o /dev/null 2>&1 | FileCheck %s --check-prefix=BARE
// RUN: mlc-opt %s --view-op-graph=max-label-len=6 -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHORT
// RUN: mlc-opt %s --view-op-graph 2>/dev/null | FileCheck %s --check-prefix=IR

// Ops with regions and blocks are clusters entered through an anchor node; other ops and block
// arguments are nodes; data flows from definitions to users (into a cluster through lhead).
// DFG-LABEL: digraph G {
//  DFG-NEXT:   compound = true;
//  DFG-NEXT:   subgraph cluster_{{[0-9]+}} {
//  DFG-NEXT:     v{{[0-9]+}} [label = " ", shape = plain];
//  DFG-NEXT:     label = "builtin.module : ()\l";
//       DFG:         label = "test.func : ()\lfunction_type: (index) -\> index\lsym_name: \"f\"\l";
//       DFG:           v[[ARG:[0-9]+]] [label = "arg0 : index", shape = oval];
//  DFG-NEXT:           v[[C:[0-9]+]] [fillcolor = "{{.*}}", label = "test.constant : index attr={value: 42 : index}", shape = oval, style = filled];
//  DFG-NEXT:           v[[ADD:[0-9]+]] [fillcolor = "{{.*}}", label = "test.add : index", shape = oval, style = filled];
//  DFG-NEXT:           subgraph cluster_[[LOOP:[0-9]+]] {
//  DFG-NEXT:             v[[ANCHOR:[0-9]+]] [label = " ", shape = plain];
//  DFG-NEXT:             label = "test.loop : ()\l";
//       DFG:                 v[[IV:[0-9]+]] [label = "arg0 : index", shape = oval];
//  DFG-NEXT:                 v[[EFF:[0-9]+]] [{{.*}}label = "test.effect attr={big: [...],note: \"a rather long strin...}"
//       DFG:           v[[RET:[0-9]+]] [{{.*}}label = "test.return"
//       DFG:   v[[ARG]] -> v[[ADD]][style = solid];
//  DFG-NEXT:   v[[C]] -> v[[ADD]][style = solid];
//  DFG-NEXT:   v[[IV]] -> v[[EFF]][style = solid];
//  DFG-NEXT:   v[[ADD]] -> v[[EFF]][style = solid];
//  DFG-NEXT:   v[[ARG]] -> v[[ANCHOR]][lhead = cluster_[[LOOP]], style = solid];
//  DFG-NEXT:   v[[ADD]] -> v[[ANCHOR]][lhead = cluster_[[LOOP]], style = solid];
//  DFG-NEXT:   v[[C]] -> v[[ANCHOR]][lhead = cluster_[[LOOP]], style = solid];
//  DFG-NEXT:   v[[ADD]] -> v[[RET]][style = solid];
//  DFG-NEXT: }

// Control flow: dashed edges between consecutive ops of a block, leaving a cluster through ltail.
// CFG-LABEL: digraph G {
//       CFG:           v{{[0-9]+}} [{{.*}}label = "test.add : index"
//  CFG-NEXT:           subgraph cluster_[[LOOP:[0-9]+]] {
//  CFG-NEXT:             v[[ANCHOR:[0-9]+]] [label = " ", shape = plain];
//       CFG:   v[[C:[0-9]+]] -> v[[ADD:[0-9]+]][style = dashed];
//  CFG-NEXT:   v{{[0-9]+}} -> v{{[0-9]+}}[style = dashed];
//  CFG-NEXT:   v[[ADD]] -> v[[ANCHOR]][lhead = cluster_[[LOOP]], style = dashed];
//  CFG-NEXT:   v[[ANCHOR]] -> v{{[0-9]+}}[ltail = cluster_[[LOOP]], style = dashed];
//  CFG-NEXT: }
//   CFG-NOT: solid

// BARE: label = "builtin.module";
// BARE: label = "test.func";
// BARE: label = "arg0", shape = oval
// BARE: label = "test.constant", shape = oval

// Attributes and types are cut at max-label-len characters.
// SHORT: label = "test.func : ()\lfunction_type: (index...\lsym_name: \"f\"\l";
// SHORT: label = "test.constant : index attr={value: 42 : i...}"

// The IR is left as it was.
// IR: "test.loop"
"test.func"() <{function_type = (index) -> index, sym_name = "f"}> ({
^bb0(%n: index):
  %c = "test.constant"() {value = 42 : index} : () -> index
  %s = "test.add"(%n, %c) : (index, index) -> index
  "test.loop"(%n, %s, %c) ({
  ^bb0(%iv: index):
    "test.effect"(%iv, %s) {note = "a rather long string", big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]} : (index, index) -> ()
    "test.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "test.return"(%s) : (index) -> ()
}) : () -> ()

"builtin.module"() ({
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = i32, linkage = #llvm.linkage<external>, sym_name = "ext_g", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, alignment = 8 : i64, constant, global_type = f64, linkage = #llvm.linkage<linkonce_odr>, sym_name = "lo", unnamed_addr = 0 : i64, value = 1.500000e+00 : f64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.array<2 x array<3 x i16>>, linkage = #llvm.linkage<internal>, sym_name = "zeroed", unnamed_addr = 0 : i64, value = dense<0> : tensor<2x3xi16>, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.ptr, linkage = #llvm.linkage<private>, sym_name = "opaque_user", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (...)>, linkage = #llvm.linkage<external>, sym_name = "only_varargs", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<fastcc>, function_type = !llvm.func<i32 (i32)>, linkage = #llvm.linkage<external>, sym_name = "fast", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg5: i32):
    "llvm.return"(%arg5) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void ()>, linkage = #llvm.linkage<weak_odr>, sym_name = "wo", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    "llvm.return"() : () -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<3>, ptr, i1, i64, struct<"opaque_t", opaque>)>, linkage = #llvm.linkage<external>, sym_name = "uses", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: !llvm.ptr<3>, %arg1: !llvm.ptr, %arg2: i1, %arg3: i64, %arg4: !llvm.struct<"opaque_t", opaque>):
    %0 = "llvm.trunc"(%arg3) : (i64) -> i32
    %1 = "llvm.call"(%0) <{CConv = #llvm.cconv<fastcc>, TailCallKind = #llvm.tailcallkind<none>, callee = @fast, fastmathFlags = #llvm.fastmath<none>}> : (i32) -> i32
    %2 = "llvm.load"(%arg1) <{alignment = 8 : i64, invariant, nontemporal, ordering = 0 : i64}> : (!llvm.ptr) -> i64
    "llvm.store"(%2, %arg1) <{nontemporal, ordering = 0 : i64}> : (i64, !llvm.ptr) -> ()
    %3 = "llvm.mlir.constant"() <{value = 1 : i32}> : () -> i32
    %4 = "llvm.alloca"(%3) <{elem_type = i64, inalloca}> : (i32) -> !llvm.ptr
    %5 = "llvm.getelementptr"(%arg1, %arg3) <{elem_type = !llvm.struct<packed (i8, i64)>, rawConstantIndices = array<i32: -2147483648, 1>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.cond_br"(%arg2, %arg3)[^bb1, ^bb2] <{branch_weights = array<i32: 3, 1>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, i64) -> ()
  ^bb1:  // pred: ^bb0
    "llvm.switch"(%arg3, %arg3)[^bb2] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (i64, i64) -> ()
  ^bb2(%6: i64):  // 2 preds: ^bb0, ^bb1
    "llvm.return"() : () -> ()
  }) : () -> ()
}) : () -> ()


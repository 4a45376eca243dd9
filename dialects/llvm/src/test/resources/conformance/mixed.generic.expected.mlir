"builtin.module"() ({
  "llvm.mlir.global"() <{addr_space = 0 : i32, constant, global_type = !llvm.array<3 x i32>, linkage = #llvm.linkage<internal>, sym_name = "g", unnamed_addr = 0 : i64, value = dense<[1, 2, 3]> : tensor<3xi32>, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.struct<"S", (i32, ptr)>, linkage = #llvm.linkage<external>, sym_name = "h", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    %32 = "llvm.mlir.undef"() : () -> !llvm.struct<"S", (i32, ptr)>
    "llvm.return"(%32) : (!llvm.struct<"S", (i32, ptr)>) -> ()
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.array<4 x i8>, linkage = #llvm.linkage<private>, sym_name = "s", unnamed_addr = 0 : i64, value = "abc\00", visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32, ...)>, linkage = #llvm.linkage<external>, sym_name = "ext", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, arg_attrs = [{llvm.noundef}, {}, {}], function_type = !llvm.func<i32 (i32, ptr<1>, ptr)>, linkage = #llvm.linkage<internal>, sym_name = "f", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i32, %arg1: !llvm.ptr<1>, %arg2: !llvm.ptr):
    %0 = "llvm.mlir.constant"() <{value = 3 : i32}> : () -> i32
    %1 = "llvm.mlir.constant"() <{value = 3.000000e+00 : f32}> : () -> f32
    %2 = "llvm.add"(%arg0, %0) <{overflowFlags = #llvm.overflow<nsw>}> : (i32, i32) -> i32
    %3 = "llvm.fadd"(%1, %1) <{fastmathFlags = #llvm.fastmath<none>}> {fastmath = #llvm.fastmath<fast>} : (f32, f32) -> f32
    %4 = "llvm.fneg"(%3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %5 = "llvm.icmp"(%2, %0) <{predicate = 2 : i64}> : (i32, i32) -> i1
    %6 = "llvm.fcmp"(%3, %1) <{fastmathFlags = #llvm.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
    %7 = "llvm.select"(%5, %2, %0) <{fastmathFlags = #llvm.fastmath<none>}> : (i1, i32, i32) -> i32
    %8 = "llvm.alloca"(%0) <{alignment = 4 : i64, elem_type = i32}> : (i32) -> !llvm.ptr
    "llvm.store"(%2, %8) <{alignment = 4 : i64, ordering = 0 : i64}> : (i32, !llvm.ptr) -> ()
    "llvm.store"(%2, %8) <{ordering = 0 : i64, volatile_}> : (i32, !llvm.ptr) -> ()
    %9 = "llvm.load"(%8) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> i32
    %10 = "llvm.load"(%8) <{ordering = 0 : i64, volatile_}> : (!llvm.ptr) -> i32
    %11 = "llvm.getelementptr"(%8, %2) <{elem_type = !llvm.array<4 x i32>, inbounds, rawConstantIndices = array<i32: 1, -2147483648>}> : (!llvm.ptr, i32) -> !llvm.ptr
    %12 = "llvm.getelementptr"(%8, %2) <{elem_type = i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i32) -> !llvm.ptr
    %13 = "llvm.mlir.addressof"() <{global_name = @g}> : () -> !llvm.ptr
    %14 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %15 = "llvm.mlir.poison"() : () -> i32
    %16 = "llvm.sext"(%2) : (i32) -> i64
    %17 = "llvm.ptrtoint"(%8) : (!llvm.ptr) -> i64
    %18 = "llvm.call"(%2, %2) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @ext, fastmathFlags = #llvm.fastmath<none>, var_callee_type = !llvm.func<i32 (i32, ...)>}> : (i32, i32) -> i32
    %19 = "llvm.mlir.undef"() : () -> !llvm.struct<(i32, f32)>
    %20 = "llvm.insertvalue"(%19, %2) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>, i32) -> !llvm.struct<(i32, f32)>
    %21 = "llvm.extractvalue"(%20) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>) -> i32
    %22 = "llvm.mlir.undef"() : () -> vector<4xf32>
    %23 = "llvm.mlir.constant"() <{value = 0 : i32}> : () -> i32
    %24 = "llvm.insertelement"(%22, %3, %23) : (vector<4xf32>, f32, i32) -> vector<4xf32>
    %25 = "llvm.extractelement"(%24, %23) : (vector<4xf32>, i32) -> f32
    %26 = "llvm.shufflevector"(%24, %24) <{mask = array<i32: 0, 1, 4, 5>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %27 = "llvm.intr.fma"(%3, %3, %3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32, f32) -> f32
    %28 = "llvm.intr.vector.reduce.fadd"(%3, %24) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %29 = "llvm.intr.maxnum"(%3, %3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    "llvm.intr.memcpy"(%8, %arg2, %17) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %30 = "llvm.trunc"(%0) : (i32) -> i8
    "llvm.intr.memset"(%8, %30, %17) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
    "llvm.cond_br"(%5, %2)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
  ^bb1(%31: i32):  // 2 preds: ^bb0, ^bb1
    "llvm.switch"(%31, %31)[^bb2, ^bb1, ^bb2] <{case_operand_segments = array<i32: 1, 0>, case_values = dense<[1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
  ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb1
    "llvm.return"(%2) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void ()>, linkage = #llvm.linkage<external>, sym_name = "v", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    "llvm.unreachable"() : () -> ()
  }) : () -> ()
}) : () -> ()


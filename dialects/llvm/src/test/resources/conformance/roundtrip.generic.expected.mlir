"builtin.module"() ({
  "llvm.mlir.global"() <{addr_space = 0 : i32, constant, global_type = !llvm.array<3 x i32>, linkage = #llvm.linkage<internal>, sym_name = "table", unnamed_addr = 0 : i64, value = dense<[1, 2, 3]> : tensor<3xi32>, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.array<3 x i8>, linkage = #llvm.linkage<private>, sym_name = "msg", unnamed_addr = 0 : i64, value = "hi\00", visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 0 : i32, global_type = !llvm.struct<"pair", (i32, ptr)>, linkage = #llvm.linkage<external>, sym_name = "init", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    %75 = "llvm.mlir.undef"() : () -> !llvm.struct<"pair", (i32, ptr)>
    "llvm.return"(%75) : (!llvm.struct<"pair", (i32, ptr)>) -> ()
  }) : () -> ()
  "llvm.mlir.global"() <{addr_space = 1 : i32, alignment = 16 : i64, global_type = f32, linkage = #llvm.linkage<weak>, sym_name = "w", unnamed_addr = 0 : i64, value = 0.000000e+00 : f32, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (ptr, ...)>, linkage = #llvm.linkage<external>, sym_name = "printf", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, arg_attrs = [{llvm.noundef}], function_type = !llvm.func<ptr (i64)>, linkage = #llvm.linkage<external>, sym_name = "decl", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr, i64)> (ptr<1>, struct<packed (i8, i32)>, array<2 x array<3 x f32>>, vector<4xi32>)>, linkage = #llvm.linkage<internal>, res_attrs = [{llvm.noundef}], sym_name = "types", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg21: !llvm.ptr<1>, %arg22: !llvm.struct<packed (i8, i32)>, %arg23: !llvm.array<2 x array<3 x f32>>, %arg24: vector<4xi32>):
    %74 = "llvm.mlir.zero"() : () -> !llvm.struct<(ptr, i64)>
    "llvm.return"(%74) : (!llvm.struct<(ptr, i64)>) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32, i32, f32, f32)>, linkage = #llvm.linkage<external>, sym_name = "arith", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg17: i32, %arg18: i32, %arg19: f32, %arg20: f32):
    %51 = "llvm.add"(%arg17, %arg18) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %52 = "llvm.sub"(%arg17, %arg18) <{overflowFlags = #llvm.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %53 = "llvm.mul"(%arg17, %arg18) <{overflowFlags = #llvm.overflow<nsw>}> : (i32, i32) -> i32
    %54 = "llvm.sdiv"(%arg17, %arg18) : (i32, i32) -> i32
    %55 = "llvm.udiv"(%arg17, %arg18) : (i32, i32) -> i32
    %56 = "llvm.srem"(%arg17, %arg18) : (i32, i32) -> i32
    %57 = "llvm.urem"(%arg17, %arg18) : (i32, i32) -> i32
    %58 = "llvm.and"(%arg17, %arg18) : (i32, i32) -> i32
    %59 = "llvm.or"(%arg17, %arg18) : (i32, i32) -> i32
    %60 = "llvm.xor"(%arg17, %arg18) : (i32, i32) -> i32
    %61 = "llvm.shl"(%arg17, %arg18) <{overflowFlags = #llvm.overflow<none>}> : (i32, i32) -> i32
    %62 = "llvm.lshr"(%arg17, %arg18) : (i32, i32) -> i32
    %63 = "llvm.ashr"(%arg17, %arg18) : (i32, i32) -> i32
    %64 = "llvm.fadd"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<fast>}> : (f32, f32) -> f32
    %65 = "llvm.fsub"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<nnan, ninf>}> : (f32, f32) -> f32
    %66 = "llvm.fmul"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %67 = "llvm.fdiv"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %68 = "llvm.frem"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %69 = "llvm.fneg"(%arg19) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %70 = "llvm.icmp"(%arg17, %arg18) <{predicate = 9 : i64}> : (i32, i32) -> i1
    %71 = "llvm.fcmp"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<none>, predicate = 15 : i64}> : (f32, f32) -> i1
    %72 = "llvm.fcmp"(%arg19, %arg20) <{fastmathFlags = #llvm.fastmath<nnan>, predicate = 13 : i64}> : (f32, f32) -> i1
    %73 = "llvm.select"(%70, %arg17, %arg18) <{fastmathFlags = #llvm.fastmath<none>}> : (i1, i32, i32) -> i32
    "llvm.return"(%73) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (i32, f32, ptr)>, linkage = #llvm.linkage<external>, sym_name = "casts", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg14: i32, %arg15: f32, %arg16: !llvm.ptr):
    %39 = "llvm.sext"(%arg14) : (i32) -> i64
    %40 = "llvm.zext"(%arg14) : (i32) -> i64
    %41 = "llvm.trunc"(%arg14) : (i32) -> i8
    %42 = "llvm.fpext"(%arg15) : (f32) -> f64
    %43 = "llvm.fptrunc"(%42) : (f64) -> f16
    %44 = "llvm.sitofp"(%arg14) : (i32) -> f32
    %45 = "llvm.uitofp"(%arg14) : (i32) -> f64
    %46 = "llvm.fptosi"(%arg15) : (f32) -> i32
    %47 = "llvm.fptoui"(%arg15) : (f32) -> i16
    %48 = "llvm.bitcast"(%arg15) : (f32) -> i32
    %49 = "llvm.ptrtoint"(%arg16) : (!llvm.ptr) -> i64
    %50 = "llvm.inttoptr"(%49) : (i64) -> !llvm.ptr
    "llvm.return"() : () -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (i64, i32)>, linkage = #llvm.linkage<external>, sym_name = "memory", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg12: i64, %arg13: i32):
    %33 = "llvm.alloca"(%arg12) <{alignment = 8 : i64, elem_type = !llvm.struct<(i32, array<4 x f32>)>}> : (i64) -> !llvm.ptr
    %34 = "llvm.getelementptr"(%33, %arg13) <{elem_type = !llvm.struct<(i32, array<4 x f32>)>, inbounds, rawConstantIndices = array<i32: 0, 1, -2147483648>}> : (!llvm.ptr, i32) -> !llvm.ptr
    %35 = "llvm.mlir.constant"() <{value = 1.500000e+00 : f32}> : () -> f32
    "llvm.store"(%35, %34) <{alignment = 4 : i64, ordering = 0 : i64, volatile_}> : (f32, !llvm.ptr) -> ()
    %36 = "llvm.load"(%34) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %37 = "llvm.load"(%34) <{ordering = 0 : i64, volatile_}> : (!llvm.ptr) -> f32
    %38 = "llvm.mlir.addressof"() <{global_name = @table}> : () -> !llvm.ptr
    "llvm.return"(%36) : (f32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<vector<4xf32> (i32, f32, vector<4xf32>)>, linkage = #llvm.linkage<external>, sym_name = "aggregates", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg9: i32, %arg10: f32, %arg11: vector<4xf32>):
    %26 = "llvm.mlir.undef"() : () -> !llvm.struct<(i32, array<2 x f32>)>
    %27 = "llvm.insertvalue"(%26, %arg10) <{position = array<i64: 1, 0>}> : (!llvm.struct<(i32, array<2 x f32>)>, f32) -> !llvm.struct<(i32, array<2 x f32>)>
    %28 = "llvm.extractvalue"(%27) <{position = array<i64: 1, 0>}> : (!llvm.struct<(i32, array<2 x f32>)>) -> f32
    %29 = "llvm.mlir.poison"() : () -> vector<4xf32>
    %30 = "llvm.insertelement"(%arg11, %28, %arg9) : (vector<4xf32>, f32, i32) -> vector<4xf32>
    %31 = "llvm.extractelement"(%30, %arg9) : (vector<4xf32>, i32) -> f32
    %32 = "llvm.shufflevector"(%30, %arg11) <{mask = array<i32: 0, 4, -1, 7>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    "llvm.return"(%32) : (vector<4xf32>) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (f32, vector<8xf32>, vector<8xi32>, ptr, i64, vector<8xi1>)>, linkage = #llvm.linkage<external>, sym_name = "intrinsics", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg3: f32, %arg4: vector<8xf32>, %arg5: vector<8xi32>, %arg6: !llvm.ptr, %arg7: i64, %arg8: vector<8xi1>):
    %4 = "llvm.intr.exp"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %5 = "llvm.intr.log"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %6 = "llvm.intr.sqrt"(%arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>) -> vector<8xf32>
    %7 = "llvm.intr.fabs"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %8 = "llvm.intr.floor"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %9 = "llvm.intr.ceil"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %10 = "llvm.intr.round"(%arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    %11 = "llvm.intr.pow"(%arg3, %arg3) <{fastmathFlags = #llvm.fastmath<afn>}> : (f32, f32) -> f32
    %12 = "llvm.intr.maxnum"(%arg3, %arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %13 = "llvm.intr.minnum"(%arg3, %arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %14 = "llvm.intr.maximum"(%arg3, %arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %15 = "llvm.intr.minimum"(%arg3, %arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %16 = "llvm.intr.fma"(%arg4, %arg4, %arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %17 = "llvm.intr.fmuladd"(%arg3, %arg3, %arg3) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32, f32) -> f32
    %18 = "llvm.intr.vector.reduce.fadd"(%arg3, %arg4) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
    %19 = "llvm.intr.vector.reduce.fmul"(%arg3, %arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %20 = "llvm.intr.vector.reduce.fmax"(%arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>) -> f32
    %21 = "llvm.intr.vector.reduce.fmin"(%arg4) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>) -> f32
    %22 = "llvm.intr.vector.reduce.add"(%arg5) : (vector<8xi32>) -> i32
    %23 = "llvm.intr.vector.reduce.smax"(%arg5) : (vector<8xi32>) -> i32
    "llvm.intr.memcpy"(%arg6, %arg6, %arg7) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %24 = "llvm.mlir.constant"() <{value = 0 : i8}> : () -> i8
    "llvm.intr.memset"(%arg6, %24, %arg7) <{isVolatile = true}> : (!llvm.ptr, i8, i64) -> ()
    %25 = "llvm.intr.masked.load"(%arg6, %arg8, %arg4) <{alignment = 4 : i32}> : (!llvm.ptr, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
    "llvm.intr.masked.store"(%25, %arg6, %arg8) <{alignment = 4 : i32}> : (vector<8xf32>, !llvm.ptr, vector<8xi1>) -> ()
    "llvm.return"() : () -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i1, i32, ptr)>, linkage = #llvm.linkage<external>, sym_name = "control", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i1, %arg1: i32, %arg2: !llvm.ptr):
    "llvm.cond_br"(%arg0, %arg1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
  ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb1
    "llvm.switch"(%0, %0)[^bb2, ^bb1, ^bb3] <{case_operand_segments = array<i32: 1, 0>, case_values = dense<[1, 7]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
  ^bb2:  // 2 preds: ^bb0, ^bb1
    %1 = "llvm.call"(%arg2, %arg1) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @printf, fastmathFlags = #llvm.fastmath<none>, var_callee_type = !llvm.func<i32 (ptr, ...)>}> : (!llvm.ptr, i32) -> i32
    %2 = "llvm.sext"(%arg1) : (i32) -> i64
    %3 = "llvm.call"(%arg2, %2) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, fastmathFlags = #llvm.fastmath<none>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.br"()[^bb3] : () -> ()
  ^bb3:  // 2 preds: ^bb1, ^bb2
    "llvm.return"(%arg1) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void ()>, linkage = #llvm.linkage<external>, sym_name = "noreturn", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
    "llvm.unreachable"() : () -> ()
  }) : () -> ()
}) : () -> ()


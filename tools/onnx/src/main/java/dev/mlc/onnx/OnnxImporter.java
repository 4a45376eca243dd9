package dev.mlc.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.mlc.dialect.graph.ir.ConstantFolding;
import dev.mlc.dialect.graph.ir.GraphOp;
import dev.mlc.dialect.graph.ir.ShapeError;
import dev.mlc.dialect.graph.ir.ShapeInference;
import dev.mlc.dialect.graph.transforms.quant.FoldQdqPass;
import dev.mlc.ir.Attribute;
import dev.mlc.ir.Block;
import dev.mlc.ir.Builder;
import dev.mlc.ir.Location;
import dev.mlc.ir.MLContext;
import dev.mlc.ir.Operation;
import dev.mlc.ir.ResourceTable;
import dev.mlc.ir.Type;
import dev.mlc.ir.Value;
import dev.mlc.ir.Verifier;
import dev.mlc.ir.attr.ArrayAttr;
import dev.mlc.ir.attr.DenseElementsAttr;
import dev.mlc.ir.attr.DenseResourceElementsAttr;
import dev.mlc.ir.attr.DictionaryAttr;
import dev.mlc.ir.attr.ElementsAttr;
import dev.mlc.ir.attr.NamedAttribute;
import dev.mlc.ir.attr.StringAttr;
import dev.mlc.ir.attr.TypeAttr;
import dev.mlc.ir.builtin.ModuleOp;
import dev.mlc.ir.type.FunctionType;
import dev.mlc.ir.type.RankedTensorType;
import dev.mlc.onnx.proto.Onnx.GraphProto;
import dev.mlc.onnx.proto.Onnx.ModelProto;
import dev.mlc.onnx.proto.Onnx.NodeProto;
import dev.mlc.onnx.proto.Onnx.OperatorSetIdProto;
import dev.mlc.onnx.proto.Onnx.TensorProto;
import dev.mlc.onnx.proto.Onnx.TensorShapeProto;
import dev.mlc.onnx.proto.Onnx.TypeProto;
import dev.mlc.onnx.proto.Onnx.ValueInfoProto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports an ONNX model as a {@code builtin.module} holding one {@code func.func} in the graph
 * dialect: graph inputs become arguments and graph outputs results (both named by {@code graph.name}),
 * initializers and {@code Constant} nodes become {@code graph.constant}s ({@code dense_resource} blobs
 * in the context's resource table above {@link Options#resourceThresholdBytes}), and each node becomes
 * graph ops located at {@code loc("node name")}. Nodes whose operands are all constants are evaluated
 * at import (shape-computing subgraphs fold away), and unused constants are dropped.
 *
 * <pre>{@code
 * Operation module = OnnxImporter.importModel(ctx, Path.of("model.onnx"), OnnxImporter.Options.DEFAULT);
 * }</pre>
 */
public final class OnnxImporter {
  /**
   * @param inputShapes pins the shapes of graph inputs by name (for dynamic dimensions)
   * @param resourceThresholdBytes constants larger than this become {@code dense_resource} blobs
   * @param functionName the name of the function made from the graph
   * @param foldQdq run {@code fold-qdq} on the imported module: QDQ-format contractions become integer ops
   */
  public record Options(Map<String, long[]> inputShapes, long resourceThresholdBytes, String functionName, boolean foldQdq) {
    public static final Options DEFAULT = new Options(Map.of(), 1024, "main", true);

    public Options {
      inputShapes = Map.copyOf(inputShapes);
    }

    public Options withInputShapes(Map<String, long[]> shapes) { return new Options(shapes, resourceThresholdBytes, functionName, foldQdq); }

    public Options withResourceThreshold(long bytes) { return new Options(inputShapes, bytes, functionName, foldQdq); }

    public Options withFoldQdq(boolean fold) { return new Options(inputShapes, resourceThresholdBytes, functionName, fold); }
  }

  /** The oldest default-domain opset imported. */
  public static final int MIN_OPSET = 9;

  final MLContext ctx;
  final Options options;
  final String fileName;
  final Path baseDir;
  final Builder b;
  int opset;
  private final Map<String, Val> values = new HashMap<>();

  private OnnxImporter(MLContext ctx, Options options, String fileName, Path baseDir) {
    this.ctx = ctx;
    this.options = options;
    this.fileName = fileName;
    this.baseDir = baseDir;
    this.b = new Builder(ctx);
  }

  /** Reads and imports the model at {@code file} (external data files are found beside it). */
  public static Operation importModel(MLContext ctx, Path file, Options options) {
    ModelProto model;
    try (InputStream in = Files.newInputStream(file)) {
      model = parse(in, file.getFileName().toString());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new OnnxImportException(file + ": error: no such file");
    } catch (IOException e) {
      throw new OnnxImportException(file + ": error: cannot read the model: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    return importModel(ctx, model, file.getFileName().toString(), dir, options);
  }

  /** Imports model bytes; {@code baseDir} (may be null) holds its external data files. */
  public static Operation importModel(MLContext ctx, byte[] bytes, String fileName, Path baseDir, Options options) {
    return importModel(ctx, parse(new java.io.ByteArrayInputStream(bytes), fileName), fileName, baseDir, options);
  }

  /** Parses the ModelProto, with a located message for malformed input. */
  static ModelProto parse(InputStream in, String fileName) {
    try {
      CodedInputStream cis = CodedInputStream.newInstance(in);
      cis.setSizeLimit(Integer.MAX_VALUE);
      cis.setRecursionLimit(1000);
      ModelProto m = ModelProto.parseFrom(cis);
      if (!m.hasGraph()) throw new OnnxImportException(fileName + ": error: not an ONNX model: no graph (is this an ONNX file?)");
      return m;
    } catch (InvalidProtocolBufferException e) {
      throw new OnnxImportException(fileName + ": error: not a valid ONNX model (protobuf parse failed: " + e.getMessage() + ")");
    } catch (IOException e) {
      throw new OnnxImportException(fileName + ": error: cannot read the model: " + e.getMessage());
    }
  }

  public static Operation importModel(MLContext ctx, ModelProto model, String fileName, Path baseDir, Options options) {
    return new OnnxImporter(ctx, options, fileName, baseDir).run(model);
  }

  // ---- values ----

  /** An ONNX value: an SSA value, or a constant materialized as a {@code graph.constant} on first use. */
  static final class Val {
    final RankedTensorType type;
    final ElementsAttr constant;
    Value value;

    Val(Value v) {
      this.value = v;
      this.type = (RankedTensorType) v.type();
      this.constant = null;
    }

    Val(ElementsAttr c) {
      this.constant = c;
      this.type = (RankedTensorType) c.type();
    }

    /** The small dense value, when this is a constant that folds. */
    DenseElementsAttr dense() { return constant instanceof DenseElementsAttr d ? d : null; }

    long[] shape() { return type.shape(); }

    Type elementType() { return type.elementType(); }
  }

  Val constant(ElementsAttr value) { return new Val(value); }

  /** A constant from a {@code dense} value, moved into a resource blob when large. */
  Val constant(DenseElementsAttr d, String name) {
    long bytes = d.isSplat() ? 0 : (long) d.rawData().length;
    if (bytes <= options.resourceThresholdBytes) return new Val(d);
    String handle = ctx.resources().addBlob(resourceName(name), new ResourceTable.Blob(d.rawData(), Math.max(4, d.elementBytes())));
    return new Val(new DenseResourceElementsAttr(d.type(), handle));
  }

  private static String resourceName(String onnxName) {
    StringBuilder s = new StringBuilder();
    for (char c : onnxName.toCharArray()) s.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') s.insert(0, "w_");
    return s.toString();
  }

  Value materialize(Val v) {
    if (v.value == null) {
      v.value = b.create("graph.constant", Location.UNKNOWN, List.of(), List.of(v.type),
          DictionaryAttr.of(new NamedAttribute("value", (Attribute) v.constant))).result(0);
    }
    return v.value;
  }

  Val lookup(String name, NodeProto node) {
    Val v = values.get(name);
    if (v == null) throw nodeError(node, "input '" + name + "' is not defined before the node (the graph is not topologically sorted, or the name is missing)");
    return v;
  }

  void define(String name, Val v) { if (!name.isEmpty()) values.put(name, v); }

  // ---- emitting graph ops ----

  /**
   * Creates graph op {@code name} on {@code operands}; result types are inferred unless given.
   * When every operand is a small dense constant the op is evaluated now (its interpreter kernel) and
   * its results are constants.
   */
  List<Val> emit(NodeProto node, String name, List<Val> operands, List<NamedAttribute> attrs, int numResults, List<Type> resultTypes) {
    return emit(node, name, operands, attrs, numResults, resultTypes, true);
  }

  /** As above; with {@code fold} false the op stays even on constant operands (quantized weights stay integers). */
  List<Val> emit(NodeProto node, String name, List<Val> operands, List<NamedAttribute> attrs, int numResults, List<Type> resultTypes, boolean fold) {
    List<Value> ins = new ArrayList<>();
    boolean allConst = true;
    for (Val v : operands) {
      ins.add(materialize(v));
      allConst &= v.dense() != null;
    }
    List<Type> placeholder = new ArrayList<>();
    for (int i = 0; i < numResults; i++)
      placeholder.add(resultTypes != null ? resultTypes.get(i) : operands.isEmpty() ? new RankedTensorType(new long[0], dev.mlc.ir.type.FloatType.F32) : operands.get(0).type);
    Operation op = b.create(name, loc(node), ins, placeholder, DictionaryAttr.of(attrs));
    if (resultTypes == null) {
      List<Type> inferred;
      try {
        inferred = ((GraphOp) op.def()).inferResultTypes(op);
      } catch (ShapeError e) {
        op.erase();
        throw nodeError(node, "'" + name + "' " + e.getMessage());
      }
      if (inferred.size() != numResults) {
        op.erase();
        throw nodeError(node, "'" + name + "' yields " + inferred.size() + " results, but the node has " + numResults + " outputs");
      }
      for (int i = 0; i < numResults; i++) op.result(i).setType(inferred.get(i));
    }
    if (allConst && fold) {
      List<Attribute> cs = new ArrayList<>();
      for (Val v : operands) cs.add(v.dense());
      List<Object> folded = ConstantFolding.evaluate(op, cs);
      if (folded != null) {
        op.erase();
        List<Val> out = new ArrayList<>();
        for (Object f : folded) out.add(new Val((DenseElementsAttr) f));
        return out;
      }
    }
    List<Val> out = new ArrayList<>();
    for (Value r : op.results()) out.add(new Val(r));
    return out;
  }

  Location loc(NodeProto node) {
    String n = node.getName().isEmpty() ? node.getOpType() + (node.getOutputCount() > 0 ? ":" + node.getOutput(0) : "") : node.getName();
    return new Location.Name(n, Location.UNKNOWN);
  }

  OnnxImportException nodeError(NodeProto node, String message) {
    String n = node.getName().isEmpty() ? "" : " '" + node.getName() + "'";
    return new OnnxImportException(fileName + ": error: " + node.getOpType() + " node" + n + ": " + message);
  }

  OnnxImportException error(String message) { return new OnnxImportException(fileName + ": error: " + message); }

  // ---- the model ----

  private Operation run(ModelProto model) {
    opset = -1;
    for (OperatorSetIdProto o : model.getOpsetImportList())
      if (o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx")) opset = (int) o.getVersion();
    if (opset < 0) opset = model.getIrVersion() < 3 ? 1 : -1;
    if (opset < 0) throw error("the model imports no default-domain ('ai.onnx') opset");
    if (opset < MIN_OPSET) throw error("opset " + opset + " is not supported (the importer reads opset " + MIN_OPSET + " and later)");
    GraphProto g = model.getGraph();
    reportUnsupported(g);

    Operation module = ModuleOp.create(ctx, Location.UNKNOWN);
    Set<String> initNames = new HashSet<>();
    for (TensorProto t : g.getInitializerList()) {
      initNames.add(t.getName());
      define(t.getName(), tensorConstant(t));
    }
    if (g.getSparseInitializerCount() > 0) throw error("sparse initializers are not supported");

    List<Type> argTypes = new ArrayList<>();
    List<String> argNames = new ArrayList<>();
    for (ValueInfoProto in : g.getInputList()) {
      if (initNames.contains(in.getName())) continue;
      argTypes.add(inputType(in));
      argNames.add(in.getName());
    }
    for (String given : options.inputShapes().keySet())
      if (!argNames.contains(given)) throw error("--input-shape names '" + given + "', which is not a graph input (inputs: " + String.join(", ", argNames) + ")");

    Block body = new Block();
    for (int i = 0; i < argTypes.size(); i++) body.addArgument(argTypes.get(i), new Location.Name(argNames.get(i), Location.UNKNOWN));
    b.setInsertionPointToEnd(body);
    for (int i = 0; i < argNames.size(); i++) define(argNames.get(i), new Val(body.argument(i)));

    Converters conv = new Converters(this);
    for (NodeProto node : g.getNodeList()) conv.convert(node);

    List<Value> results = new ArrayList<>();
    List<Type> resultTypes = new ArrayList<>();
    List<Attribute> resAttrs = new ArrayList<>();
    for (ValueInfoProto out : g.getOutputList()) {
      Val v = values.get(out.getName());
      if (v == null) throw error("graph output '" + out.getName() + "' is produced by no node");
      results.add(materialize(v));
      if (v.value.definingOp() != null && v.value.definingOp().isa("graph.constant")) v.value.definingOp().setLocation(new Location.Name(out.getName(), Location.UNKNOWN));
      resultTypes.add(v.type);
      resAttrs.add(DictionaryAttr.of(new NamedAttribute("graph.name", StringAttr.of(out.getName()))));
    }
    b.create("func.return", Location.UNKNOWN, results, List.of(), DictionaryAttr.EMPTY);
    List<Attribute> argAttrs = new ArrayList<>();
    for (String n : argNames) argAttrs.add(DictionaryAttr.of(new NamedAttribute("graph.name", StringAttr.of(n))));
    List<NamedAttribute> fattrs = new ArrayList<>();
    fattrs.add(new NamedAttribute("sym_name", StringAttr.of(options.functionName())));
    fattrs.add(new NamedAttribute("function_type", new TypeAttr(new FunctionType(argTypes, resultTypes))));
    if (!argAttrs.isEmpty()) fattrs.add(new NamedAttribute("arg_attrs", new ArrayAttr(argAttrs)));
    if (!resAttrs.isEmpty()) fattrs.add(new NamedAttribute("res_attrs", new ArrayAttr(resAttrs)));
    Operation func = Operation.create(ctx.opName("func.func"), Location.UNKNOWN, List.of(), List.of(), null, DictionaryAttr.of(fattrs), List.of(), 1);
    func.region(0).appendBlock(body);
    ModuleOp.body(module).append(func);
    dropDeadOps(body);
    if (options.foldQdq()) FoldQdqPass.foldAll(module);
    if (!Verifier.verify(module)) throw error("the imported module does not verify (see the diagnostics above); this is an importer bug");
    return module;
  }

  /** Erases pure ops (folded leftovers, unused constants) whose results are unused, last to first. */
  private static void dropDeadOps(Block body) {
    List<Operation> ops = new ArrayList<>();
    for (Operation op : body) ops.add(op);
    for (int i = ops.size() - 1; i >= 0; i--) {
      Operation op = ops.get(i);
      if (op.name().startsWith("graph.") && op.useEmpty()) op.erase();
    }
  }

  /** Every node type this importer cannot convert, with its count and first node names; thrown before anything is built. */
  private void reportUnsupported(GraphProto g) {
    Map<String, List<String>> bad = new LinkedHashMap<>();
    for (NodeProto n : g.getNodeList()) {
      boolean defaultDomain = n.getDomain().isEmpty() || n.getDomain().equals("ai.onnx");
      if (defaultDomain && Converters.supports(n.getOpType())) continue;
      String key = defaultDomain ? n.getOpType() : n.getDomain() + "." + n.getOpType();
      bad.computeIfAbsent(key, k -> new ArrayList<>()).add(n.getName().isEmpty() ? "(unnamed)" : n.getName());
    }
    if (bad.isEmpty()) return;
    int total = 0;
    for (List<String> l : bad.values()) total += l.size();
    StringBuilder s = new StringBuilder(fileName + ": error: the model uses " + bad.size() + " unsupported operator type" + (bad.size() == 1 ? "" : "s")
        + " (" + total + " node" + (total == 1 ? "" : "s") + "); nothing was imported:");
    for (Map.Entry<String, List<String>> e : bad.entrySet()) {
      List<String> names = e.getValue();
      s.append("\n  ").append(e.getKey()).append(" x").append(names.size()).append(": ")
          .append(String.join(", ", names.subList(0, Math.min(3, names.size())))).append(names.size() > 3 ? ", ..." : "");
    }
    throw new OnnxImportException(s.toString());
  }

  private Type inputType(ValueInfoProto in) {
    if (!in.hasType() || !in.getType().hasTensorType())
      throw error("graph input '" + in.getName() + "' is not a tensor (sequences, maps and optionals are not supported)");
    TypeProto.Tensor tt = in.getType().getTensorType();
    Type et = OnnxTensors.elementType(tt.getElemType());
    if (et == null) throw error("graph input '" + in.getName() + "' has unsupported element type " + OnnxTensors.dataTypeName(tt.getElemType()));
    long[] given = options.inputShapes().get(in.getName());
    if (!tt.hasShape()) {
      if (given == null) throw error("graph input '" + in.getName() + "' has no shape; give one with --input-shape " + in.getName() + "=DxDx...");
      return new RankedTensorType(given.clone(), et);
    }
    List<TensorShapeProto.Dimension> dims = tt.getShape().getDimList();
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      TensorShapeProto.Dimension d = dims.get(i);
      shape[i] = d.hasDimValue() && d.getDimValue() >= 0 ? d.getDimValue() : ShapeInference.DYN;
    }
    if (given != null) {
      if (given.length != shape.length)
        throw error("--input-shape gives '" + in.getName() + "' rank " + given.length + ", but the model declares rank " + shape.length + " (" + dimsText(dims) + ")");
      for (int i = 0; i < shape.length; i++) {
        if (shape[i] != ShapeInference.DYN && shape[i] != given[i])
          throw error("--input-shape gives '" + in.getName() + "' dimension " + i + " = " + given[i] + ", but the model fixes it to " + shape[i]);
        shape[i] = given[i];
      }
    }
    return new RankedTensorType(shape, et);
  }

  private static String dimsText(List<TensorShapeProto.Dimension> dims) {
    List<String> s = new ArrayList<>();
    for (TensorShapeProto.Dimension d : dims) s.add(d.hasDimValue() ? Long.toString(d.getDimValue()) : d.hasDimParam() ? d.getDimParam() : "?");
    return String.join("x", s);
  }

  /** An initializer or a tensor attribute as a constant value. */
  Val tensorConstant(TensorProto t) {
    Type et = OnnxTensors.elementType(t.getDataType());
    if (et == null) throw error("tensor '" + t.getName() + "' has unsupported element type " + OnnxTensors.dataTypeName(t.getDataType()));
    long[] shape = new long[t.getDimsCount()];
    for (int i = 0; i < shape.length; i++) shape[i] = t.getDims(i);
    RankedTensorType type = new RankedTensorType(shape, et);
    byte[] bytes;
    try {
      bytes = OnnxTensors.bytes(t, type, baseDir);
    } catch (OnnxImportException e) {
      throw error(e.getMessage());
    }
    return constant(DenseElementsAttr.ofRaw(type, bytes), t.getName());
  }
}

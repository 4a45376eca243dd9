import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * ONNX Runtime latency of one model (bench/ort-compare.sh runs it with the onnxruntime jar):
 * {@code java -cp onnxruntime.jar bench/OrtBench.java MODEL THREADS RUNS [NAME=DxD...]} prints
 * {@code ort: median_ms=X min_ms=Y runs=N threads=T}. Float inputs, uniform in [-1, 1); symbolic
 * dimensions are 1 unless given.
 */
public class OrtBench {
  public static void main(String[] args) throws Exception {
    String model = args[0];
    int threads = Integer.parseInt(args[1]), runs = Integer.parseInt(args[2]);
    Map<String, long[]> given = new HashMap<>();
    for (int i = 3; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      given.put(kv[0], Arrays.stream(kv[1].split("x")).mapToLong(Long::parseLong).toArray());
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setIntraOpNumThreads(threads);
      so.setInterOpNumThreads(1);
      try (OrtSession s = env.createSession(model, so)) {
        Map<String, OnnxTensor> in = new HashMap<>();
        Random r = new Random(1);
        for (var e : s.getInputInfo().entrySet()) {
          long[] shape = given.containsKey(e.getKey()) ? given.get(e.getKey()) : ((TensorInfo) e.getValue().getInfo()).getShape().clone();
          for (int i = 0; i < shape.length; i++) if (shape[i] < 0) shape[i] = 1;
          float[] f = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
          for (int i = 0; i < f.length; i++) f[i] = r.nextFloat() * 2 - 1;
          in.put(e.getKey(), OnnxTensor.createTensor(env, FloatBuffer.wrap(f), shape));
        }
        for (int i = 0; i < Math.max(3, runs / 10); i++) s.run(in).close();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
          long t0 = System.nanoTime();
          s.run(in).close();
          t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        double median = runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
        System.out.printf(java.util.Locale.ROOT, "ort: median_ms=%.4f min_ms=%.4f runs=%d threads=%d%n", median, t[0], runs, threads);
      }
    }
  }
}

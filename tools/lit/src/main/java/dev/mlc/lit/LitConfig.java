package dev.mlc.lit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration of a test tree, read from {@code lit.json} files (Jackson; comments and
 * trailing commas allowed). A test uses the nearest {@code lit.json} at or above its directory; a
 * nested {@code lit.json} inherits from the one above it and refines it, as lit's
 * {@code lit.local.cfg} does:
 * <pre>{@code
 * {
 *   "name": "MLC",                      // suite name, shown as "MLC :: dir/test.mlir"
 *   "suffixes": [".mlir"],              // which files in a directory are tests
 *   "excludes": ["Inputs"],             // file or directory names never searched for tests
 *   "substitutions": {"%inputs": "%S/Inputs", "%opt": "mlc-opt --allow-unregistered-dialect"},
 *   "features": ["asserts"],            // what REQUIRES / UNSUPPORTED / XFAIL can test for
 *   "environment": {"MLC_DEBUG": "0"},  // added to each test's environment
 *   "unsupported": false                // true: every test below is UNSUPPORTED
 * }
 * }</pre>
 * Inheritance: {@code suffixes} and {@code unsupported} replace the parent's when given;
 * {@code excludes}, {@code features}, {@code substitutions} and {@code environment} add to it (a
 * same-named substitution or variable overrides). The suite root, against which test names are
 * relative, is the directory of the topmost {@code lit.json}, or of a nested one that gives a
 * {@code name}. Every field is optional; {@code name} defaults to the root directory's name.
 *
 * @param root the suite root directory
 * @param name the suite name ("" for a configuration-less file, whose name is then its path)
 * @param file the {@code lit.json} this configuration was read from; null when there is none
 */
public record LitConfig(Path root, String name, Path file, List<String> suffixes, Set<String> excludes,
    Map<String, String> substitutions, Set<String> features, Map<String, String> environment, boolean unsupported) {

  /** The configuration file's name. */
  public static final String FILE_NAME = "lit.json";

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private static final List<String> KEYS =
      List.of("name", "suffixes", "excludes", "substitutions", "features", "environment", "unsupported", "comment");

  public LitConfig {
    root = root.toAbsolutePath().normalize();
    suffixes = List.copyOf(suffixes);
    excludes = Collections.unmodifiableSet(new LinkedHashSet<>(excludes));
    substitutions = Collections.unmodifiableMap(new LinkedHashMap<>(substitutions));
    features = Collections.unmodifiableSet(new LinkedHashSet<>(features));
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
  }

  /** The configuration of a test file with no {@code lit.json} above it: nothing configured. */
  public static LitConfig none(Path directory) {
    return new LitConfig(directory, "", null, List.of(), Set.of(), Map.of(), Set.of(), Map.of(), false);
  }

  /**
   * Reads {@code file} and layers it over {@code parent} (the configuration of the directory above,
   * or null at the top).
   *
   * @throws LitException when the file cannot be read or is not a valid configuration
   */
  public static LitConfig load(Path file, LitConfig parent) {
    JsonNode json;
    try {
      json = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new LitException(file + where + ": error: invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new LitException(file + ": error: cannot read: " + e.getMessage());
    }
    if (json == null || !json.isObject()) throw new LitException(file + ": error: expected a JSON object");
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      String key = field.getKey();
      if (!KEYS.contains(key)) throw new LitException(file + ": error: unknown key '" + key + "' (expected one of " + String.join(", ", KEYS) + ")");
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    String name = json.has("name") ? text(file, json, "name") : null;
    Path root = parent == null || name != null ? dir : parent.root();
    if (name == null) name = parent != null ? parent.name() : dir.getFileName() == null ? "" : dir.getFileName().toString();

    List<String> suffixes = json.has("suffixes") ? strings(file, json, "suffixes") : parent != null ? parent.suffixes() : List.of();
    Set<String> excludes = new LinkedHashSet<>(parent != null ? parent.excludes() : Set.of());
    if (json.has("excludes")) excludes.addAll(strings(file, json, "excludes"));
    Set<String> features = new LinkedHashSet<>(parent != null ? parent.features() : Set.of());
    if (json.has("features")) features.addAll(strings(file, json, "features"));
    Map<String, String> substitutions = new LinkedHashMap<>(parent != null ? parent.substitutions() : Map.of());
    if (json.has("substitutions")) substitutions.putAll(stringMap(file, json, "substitutions"));
    Map<String, String> environment = new LinkedHashMap<>(parent != null ? parent.environment() : Map.of());
    if (json.has("environment")) environment.putAll(stringMap(file, json, "environment"));
    boolean unsupported = parent != null && parent.unsupported();
    if (json.has("unsupported")) {
      if (!json.get("unsupported").isBoolean()) throw new LitException(file + ": error: 'unsupported' must be true or false");
      unsupported = json.get("unsupported").booleanValue();
    }
    if (substitutions.containsKey("")) throw new LitException(file + ": error: empty substitution name");
    return new LitConfig(root, name, file.toAbsolutePath().normalize(), suffixes, excludes, substitutions, features, environment, unsupported);
  }

  /** Whether a file named {@code fileName} is a test by its suffix. */
  public boolean isTestFileName(String fileName) {
    if (fileName.equals(FILE_NAME)) return false;
    for (String suffix : suffixes) if (fileName.endsWith(suffix)) return true;
    return false;
  }

  /** The display name of {@code test}: {@code "name :: relative/path"}, or the relative path alone. */
  public String testName(Path test) {
    Path abs = test.toAbsolutePath().normalize();
    String rel = abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    return name.isEmpty() ? rel : name + " :: " + rel;
  }

  private static String text(Path file, JsonNode json, String key) {
    JsonNode v = json.get(key);
    if (!v.isTextual()) throw new LitException(file + ": error: '" + key + "' must be a string");
    return v.textValue();
  }

  private static List<String> strings(Path file, JsonNode json, String key) {
    JsonNode v = json.get(key);
    if (!v.isArray()) throw new LitException(file + ": error: '" + key + "' must be a list of strings");
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual()) throw new LitException(file + ": error: '" + key + "' must be a list of strings, found " + e);
      out.add(e.textValue());
    }
    return out;
  }

  private static Map<String, String> stringMap(Path file, JsonNode json, String key) {
    JsonNode v = json.get(key);
    if (!v.isObject()) throw new LitException(file + ": error: '" + key + "' must be an object of strings");
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isTextual()) throw new LitException(file + ": error: '" + key + "." + e.getKey() + "' must be a string");
      out.put(e.getKey(), e.getValue().textValue());
    }
    return out;
  }
}

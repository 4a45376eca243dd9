package dev.mlc.ir.pass;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads, sets and prints the {@link PassOption} fields of passes. */
public final class PassOptions {
  private PassOptions() {}

  /** One declared option. */
  public record OptionInfo(String name, String description, Field field) {
    public String typeName() {
      Class<?> t = field.getType();
      if (t == List.class) return "list<" + listElement(field).getSimpleName().toLowerCase(java.util.Locale.ROOT) + ">";
      if (t.isEnum()) {
        StringBuilder sb = new StringBuilder();
        for (Object c : t.getEnumConstants()) sb.append(sb.length() > 0 ? "|" : "").append(enumSpelling((Enum<?>) c));
        return sb.toString();
      }
      return t.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The options of a pass class, in declaration order. */
  public static List<OptionInfo> options(Class<? extends Pass> c) {
    List<OptionInfo> r = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Pass.class; k = k.getSuperclass()) {
      List<OptionInfo> mine = new ArrayList<>();
      for (Field f : k.getDeclaredFields()) {
        PassOption o = f.getAnnotation(PassOption.class);
        if (o == null) continue;
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers()))
          throw new IllegalStateException("pass option " + k.getSimpleName() + "." + f.getName() + " must be an instance, non-final field");
        f.setAccessible(true);
        mine.add(new OptionInfo(o.name(), o.description(), f));
      }
      r.addAll(0, mine);
    }
    return r;
  }

  /**
   * Applies an option string ({@code "max-iterations=4 region-simplify=false"}; a bare key means
   * true) to {@code pass}. Throws {@link IllegalArgumentException} with a user-facing message.
   */
  public static void apply(Pass pass, String text) {
    Map<String, String> kv = parse(text);
    List<OptionInfo> opts = options(pass.getClass());
    for (Map.Entry<String, String> e : kv.entrySet()) {
      OptionInfo o = opts.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
      if (o == null) {
        StringBuilder known = new StringBuilder();
        for (OptionInfo x : opts) known.append(known.length() > 0 ? ", " : "").append(x.name());
        throw new IllegalArgumentException("no such option '" + e.getKey() + "' for pass '" + pass.name() + "'"
            + (opts.isEmpty() ? " (it takes no options)" : " (options: " + known + ")"));
      }
      set(pass, o, e.getValue());
    }
  }

  /** Splits {@code key=value key2="v w" flag key3={a b}} into an ordered map (bare keys map to "true"). */
  static Map<String, String> parse(String text) {
    Map<String, String> r = new LinkedHashMap<>();
    int i = 0, n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int ks = i;
      while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) i++;
      String key = text.substring(ks, i);
      String value = "true";
      if (i < n && text.charAt(i) == '=') {
        i++;
        StringBuilder v = new StringBuilder();
        int depth = 0;
        while (i < n) {
          char c = text.charAt(i);
          if (depth == 0 && Character.isWhitespace(c)) break;
          if (c == '"' || c == '\'') {
            int e = text.indexOf(c, i + 1);
            if (e < 0) throw new IllegalArgumentException("unterminated quote in options '" + text + "'");
            v.append(text, i + 1, e);
            i = e + 1;
            continue;
          }
          if (c == '{') {
            if (depth++ == 0) { i++; continue; }
          } else if (c == '}') {
            if (--depth == 0) { i++; continue; }
            if (depth < 0) throw new IllegalArgumentException("unbalanced '}' in options '" + text + "'");
          }
          v.append(c);
          i++;
        }
        value = v.toString();
      }
      if (key.isEmpty()) throw new IllegalArgumentException("expected an option name in '" + text + "'");
      r.put(key, value);
    }
    return r;
  }

  private static void set(Pass pass, OptionInfo o, String value) {
    Field f = o.field();
    Class<?> t = f.getType();
    try {
      Object v;
      if (t == boolean.class || t == Boolean.class) {
        if (!value.equals("true") && !value.equals("false") && !value.equals("1") && !value.equals("0"))
          throw new IllegalArgumentException("option '" + o.name() + "' of pass '" + pass.name() + "' expects true or false, got '" + value + "'");
        v = value.equals("true") || value.equals("1");
      } else if (t == int.class || t == Integer.class) v = Integer.parseInt(value.trim());
      else if (t == long.class || t == Long.class) v = Long.parseLong(value.trim());
      else if (t == double.class || t == Double.class) v = Double.parseDouble(value.trim());
      else if (t == String.class) v = value;
      else if (t.isEnum()) v = parseEnum(t, value, o, pass);
      else if (t == List.class) v = parseList(listElement(f), value);
      else throw new IllegalStateException("unsupported option type " + t);
      f.set(pass, v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option '" + o.name() + "' of pass '" + pass.name() + "' expects a " + o.typeName() + ", got '" + value + "'");
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object parseEnum(Class<?> t, String value, OptionInfo o, Pass pass) {
    for (Object c : t.getEnumConstants()) if (enumSpelling((Enum<?>) c).equals(value)) return c;
    throw new IllegalArgumentException("option '" + o.name() + "' of pass '" + pass.name() + "' expects one of " + o.typeName() + ", got '" + value + "'");
  }

  static String enumSpelling(Enum<?> e) { return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

  private static Class<?> listElement(Field f) {
    return (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
  }

  private static List<Object> parseList(Class<?> elem, String value) {
    List<Object> r = new ArrayList<>();
    if (value.isBlank()) return r;
    for (String p : value.split(",")) {
      String s = p.trim();
      if (elem == Integer.class) r.add(Integer.parseInt(s));
      else if (elem == Long.class) r.add(Long.parseLong(s));
      else r.add(s);
    }
    return List.copyOf(r);
  }

  /** {@code name{key=value ...}} with every option's current value, as pipelines are printed. */
  public static String describe(Pass pass) {
    StringBuilder sb = new StringBuilder(pass.name());
    List<OptionInfo> opts = options(pass.getClass());
    if (opts.isEmpty()) return sb.toString();
    sb.append('{');
    boolean first = true;
    for (OptionInfo o : opts) {
      Object v;
      try {
        v = o.field().get(pass);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      if (!first) sb.append(' ');
      first = false;
      sb.append(o.name()).append('=');
      if (v instanceof List<?> l) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < l.size(); i++) items.append(i > 0 ? "," : "").append(l.get(i));
        sb.append(l.isEmpty() ? "" : quoteIfNeeded(items.toString()));
      } else if (v instanceof Enum<?> e) sb.append(enumSpelling(e));
      else if (v instanceof String s) sb.append(quoteIfNeeded(s));
      else sb.append(v);
    }
    return sb.append('}').toString();
  }

  /**
   * {@code s} as {@link #parse} reads it back: quoted when empty or when it holds whitespace, braces
   * or quotes (with single quotes when it holds a double quote).
   */
  private static String quoteIfNeeded(String s) {
    boolean plain = !s.isEmpty() && s.chars().noneMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}' || c == '"' || c == '\'');
    if (plain) return s;
    char q = s.indexOf('"') < 0 ? '"' : '\'';
    return q + s + q;
  }
}

package io.shenbao.rules.read;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.Inline;
import io.shenbao.rules.model.YamlKey;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import io.shenbao.rules.text.CellText;
import io.shenbao.rules.text.Suggest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds located YAML to the model records. YAML keys are the snake_case form of the record
 * components. Every mismatch becomes a {@link Problem} at the value's own position, and the field
 * is left null so that the run goes on: unknown keys (with a suggestion), wrong types.
 */
public final class RecordBinder {
  private final String file;
  private final List<Problem> problems;
  private final LocatedYaml tree;

  public RecordBinder(String file, List<Problem> problems, LocatedYaml tree) {
    this.file = file;
    this.problems = problems;
    this.tree = tree;
  }

  /** Binds a mapping to a record, or returns null (with a problem) if it is not a mapping. */
  public <T extends Record> T bind(YNode node, Class<T> type) {
    return bind(node, type, Map.of());
  }

  /** {@link #bind} for a generic record, with its type variables' arguments. */
  private <T extends Record> T bind(
      YNode node, Class<T> type, Map<TypeVariable<?>, Type> typeArgs) {
    if (node == null || isNull(node)) {
      return null;
    }
    if (!(node instanceof YNode.YMap map)) {
      problem(node, Keys.InputType.MAPPING, tree.subject(node.path()));
      return null;
    }
    return bindMap(map, type, Set.of(), typeArgs);
  }

  private <T extends Record> T bindMap(
      YNode.YMap map, Class<T> type, Set<String> taken, Map<TypeVariable<?>, Type> typeArgs) {
    RecordComponent[] components = type.getRecordComponents();
    Map<String, RecordComponent> byKey = new LinkedHashMap<>();
    RecordComponent inline = null;
    for (RecordComponent c : components) {
      if (c.isAnnotationPresent(Inline.class)) {
        inline = c;
      } else {
        byKey.put(keyOf(c), c);
      }
    }
    Object[] args = new Object[components.length];
    Set<String> inlineKeys = inline == null ? Set.of() : keysOf(inline.getType());
    for (YNode.Entry e : map.entries()) {
      if (taken.contains(e.key())) {
        continue;
      }
      RecordComponent c = byKey.get(e.key());
      if (c == null) {
        if (!inlineKeys.contains(e.key())) {
          List<String> known = new ArrayList<>(byKey.keySet());
          known.addAll(inlineKeys);
          unknownKey(e, map.path(), known);
        }
        continue;
      }
      args[indexOf(components, c)] = value(e.value(), resolve(c.getGenericType(), typeArgs));
    }
    if (inline != null) {
      args[indexOf(components, inline)] = inlineValue(map, inline, byKey.keySet());
    }
    return construct(type, args);
  }

  @SuppressWarnings("unchecked")
  private Object inlineValue(YNode.YMap map, RecordComponent inline, Set<String> direct) {
    return bindMap(map, (Class<? extends Record>) inline.getType(), direct, Map.of());
  }

  private void unknownKey(YNode.Entry e, String parent, List<String> known) {
    String path = parent.isEmpty() ? e.key() : parent + "." + e.key();
    String suggestion = Suggest.closest(e.key(), known);
    Location cell = tree.location(path);
    Location at = cell != null && cell.isCell() ? cell : Location.yaml(e.line(), e.column(), path);
    if (suggestion != null) {
      problems.add(
          new Problem(Keys.InputUnknownField.SUGGEST, file, at, List.of(path, suggestion)));
    } else {
      problems.add(
          new Problem(
              Keys.InputUnknownField.MESSAGE, file, at, List.of(path, String.join(", ", known))));
    }
  }

  @SuppressWarnings("unchecked")
  private Object value(YNode node, Type type) {
    if (isNull(node)) {
      return null;
    }
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return text(node);
    }
    if (raw == BigDecimal.class) {
      return number(node);
    }
    if (raw == Integer.class) {
      BigDecimal n = number(node);
      if (n == null) {
        return null;
      }
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        problem(node, Keys.InputType.INTEGER, tree.subject(node.path()), scalarText(node));
        return null;
      }
    }
    if (raw == Boolean.class) {
      return bool(node);
    }
    if (raw == Map.class) {
      Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
      if (!(node instanceof YNode.YMap map)) {
        problem(node, Keys.InputType.MAPPING, tree.subject(node.path()));
        return null;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (YNode.Entry e : map.entries()) {
        out.put(e.key(), value(e.value(), valueType));
      }
      return out;
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (node instanceof YNode.YSeq seq) {
        List<Object> out = new ArrayList<>();
        for (YNode item : seq.items()) {
          Object v = value(item, element);
          if (v == null && isNull(item)) {
            problem(item, Keys.InputType.EMPTY_ITEM, tree.subject(item.path()));
          }
          if (v == null && element instanceof Class<?> c && c.isRecord()) {
            v = construct(c, new Object[c.getRecordComponents().length]);
          }
          out.add(v);
        }
        return out;
      }
      if (node instanceof YNode.YScalar && element == String.class) {
        return List.of(text(node));
      }
      problem(node, Keys.InputType.LIST, tree.subject(node.path()));
      return null;
    }
    if (raw.isRecord()) {
      Map<TypeVariable<?>, Type> args = new HashMap<>();
      if (type instanceof ParameterizedType p) {
        TypeVariable<?>[] vars = raw.getTypeParameters();
        for (int i = 0; i < vars.length; i++) {
          args.put(vars[i], p.getActualTypeArguments()[i]);
        }
      }
      return bind(node, (Class<? extends Record>) raw, args);
    }
    throw new IllegalStateException("no binding for " + type);
  }

  private String text(YNode node) {
    if (node instanceof YNode.YScalar s) {
      int bad = Printable.firstUnprintable(s.text());
      if (bad >= 0) {
        problem(node, Keys.InputType.CONTROL, node.path(), Printable.codePoint(bad));
      }
      return s.text();
    }
    problem(node, Keys.InputType.TEXT, tree.subject(node.path()));
    return null;
  }

  /** YAML 1.1's booleans (true/false, yes/no, on/off), as the policy files were written. */
  private Boolean bool(YNode node) {
    if (node instanceof YNode.YScalar s) {
      switch (s.text().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> {
          return Boolean.TRUE;
        }
        case "false", "no", "off" -> {
          return Boolean.FALSE;
        }
        default -> {
          // reported below
        }
      }
    }
    problem(node, Keys.InputType.BOOLEAN, tree.subject(node.path()));
    return null;
  }

  private BigDecimal number(YNode node) {
    if (!(node instanceof YNode.YScalar s)) {
      problem(node, Keys.InputType.NUMBER, tree.subject(node.path()), "");
      return null;
    }
    BigDecimal n = CellText.number(s.text());
    if (n == null) {
      problem(node, Keys.InputType.NUMBER, tree.subject(node.path()), s.text());
    }
    return n;
  }

  private static String scalarText(YNode node) {
    return node instanceof YNode.YScalar s ? s.text() : "";
  }

  private static boolean isNull(YNode node) {
    return node instanceof YNode.YScalar s && s.isNull();
  }

  private void problem(YNode node, String key, String... args) {
    problems.add(new Problem(key, file, locate(node), List.of(args)));
  }

  /** Where a value stands: its cell when it came from a workbook, else its YAML position. */
  private Location locate(YNode node) {
    Location cell = tree.location(node.path());
    return cell != null && cell.isCell()
        ? cell
        : Location.yaml(node.line(), node.column(), node.path());
  }

  private static int indexOf(RecordComponent[] all, RecordComponent c) {
    for (int i = 0; i < all.length; i++) {
      if (all[i].equals(c)) {
        return i;
      }
    }
    throw new IllegalStateException(c.getName());
  }

  private static <T> T construct(Class<T> type, Object[] args) {
    Class<?>[] types = new Class<?>[args.length];
    RecordComponent[] cs = type.getRecordComponents();
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
    }
    try {
      Constructor<T> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
    }
  }

  /** The YAML keys a record accepts (inline components contribute their own keys). */
  public static Set<String> keysOf(Class<?> type) {
    Set<String> keys = new LinkedHashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.isAnnotationPresent(Inline.class)) {
        keys.addAll(keysOf(c.getType()));
      } else {
        keys.add(keyOf(c));
      }
    }
    return keys;
  }

  private static String keyOf(RecordComponent c) {
    YamlKey key = c.getAnnotation(YamlKey.class);
    return key != null ? key.value() : snake(c.getName());
  }

  /** A component's type with the type variables of its record replaced by their arguments. */
  private static Type resolve(Type type, Map<TypeVariable<?>, Type> args) {
    if (type instanceof TypeVariable<?> v) {
      return args.getOrDefault(v, Object.class);
    }
    if (type instanceof ParameterizedType p && !args.isEmpty()) {
      Type[] actual = p.getActualTypeArguments().clone();
      for (int i = 0; i < actual.length; i++) {
        actual[i] = resolve(actual[i], args);
      }
      return new Resolved((Class<?>) p.getRawType(), actual);
    }
    return type;
  }

  /** A parameterized type made here, once its variables are known. */
  private record Resolved(Class<?> raw, Type[] args) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }

  /** {@code keyIndustry} → {@code key_industry}; digits stay with their word. */
  public static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

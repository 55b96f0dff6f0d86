package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the same located tree a plan.yaml gives from values found in cells, so that one binder and
 * one set of constraints serve both formats.
 */
final class TreeBuilder {
  private static final Pattern SEGMENT = Pattern.compile("([a-z_0-9]+)(?:\\[(\\d+)])?");

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Location> cells = new HashMap<>();
  private final Map<String, int[]> rowCol = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Set<String> computed = new HashSet<>();

  /** The label the workbook prints for the field at a path. */
  void label(String path, String label) {
    if (label != null && !label.isBlank()) {
      labels.putIfAbsent(path, label);
    }
  }

  /** The workbook computes the field at a path (a formula the user does not type). */
  void computed(String path) {
    computed.add(path);
  }

  /** Remembers where a field stands, whether or not it has a value. */
  void place(String path, Location cell) {
    cells.putIfAbsent(path, cell);
    String p = path;
    while (true) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      p = p.substring(0, cut);
      cells.putIfAbsent(p, cell);
    }
    cells.putIfAbsent("", cell);
    rowCol.putIfAbsent(path, new int[] {cell.row(), columnNumber(cell.columnName())});
  }

  /** A value (text or a list of texts) at a key path, found in a cell. */
  @SuppressWarnings("unchecked")
  void put(String path, Object value, Location cell) {
    place(path, cell);
    Object node = root;
    String[] parts = path.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      Matcher m = SEGMENT.matcher(parts[i]);
      if (!m.matches()) {
        throw new IllegalArgumentException(path);
      }
      boolean last = i == parts.length - 1;
      Map<String, Object> map = (Map<String, Object>) node;
      if (m.group(2) == null) {
        if (last) {
          map.put(m.group(1), value);
        } else {
          node = map.computeIfAbsent(m.group(1), k -> new LinkedHashMap<String, Object>());
        }
      } else {
        List<Object> list = (List<Object>) map.computeIfAbsent(m.group(1), k -> new ArrayList<>());
        int index = Integer.parseInt(m.group(2));
        while (list.size() <= index) {
          list.add(new LinkedHashMap<String, Object>());
        }
        if (last) {
          list.set(index, value);
        } else {
          node = list.get(index);
        }
      }
    }
  }

  /** The located tree. */
  LocatedYaml build() {
    return LocatedYaml.fromTree(node(root, ""), cells, labels, computed);
  }

  @SuppressWarnings("unchecked")
  private YNode node(Object value, String path) {
    int[] rc = rowCol.getOrDefault(path, new int[] {1, 1});
    if (value instanceof Map<?, ?> m) {
      List<YNode.Entry> entries = new ArrayList<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        int[] crc = rowCol.getOrDefault(child, rc);
        entries.add(new YNode.Entry(e.getKey(), crc[0], crc[1], node(e.getValue(), child)));
      }
      return new YNode.YMap(rc[0], rc[1], path, entries);
    }
    if (value instanceof List<?> l) {
      List<YNode> items = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        String child = path + "[" + i + "]";
        Location at = cells.get(path);
        if (at != null) {
          cells.putIfAbsent(child, at);
        }
        items.add(node(l.get(i), child));
      }
      return new YNode.YSeq(rc[0], rc[1], path, items);
    }
    return new YNode.YScalar(rc[0], rc[1], path, (String) value, false, true);
  }

  private static int columnNumber(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n;
  }
}

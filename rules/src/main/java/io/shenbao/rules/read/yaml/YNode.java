package io.shenbao.rules.read.yaml;

import java.util.List;

/** A YAML node with the position it was read from (1-based line and column) and its key path. */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

  int line();

  int column();

  String path();

  /** A mapping; entries keep their order. */
  record YMap(int line, int column, String path, List<Entry> entries) implements YNode {
    public YMap {
      entries = List.copyOf(entries);
    }

    /** The value for a key, or null. */
    public YNode get(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e.value();
        }
      }
      return null;
    }
  }

  /** One key of a mapping with the position of the key itself. */
  record Entry(String key, int line, int column, YNode value) {}

  /** A sequence. */
  record YSeq(int line, int column, String path, List<YNode> items) implements YNode {
    public YSeq {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar. {@code isNull} is true for {@code ~}, {@code null} and empty plain values; {@code
   * plain} is false for quoted scalars.
   */
  record YScalar(int line, int column, String path, String text, boolean isNull, boolean plain)
      implements YNode {}
}

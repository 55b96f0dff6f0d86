package io.shenbao.rules.read.yaml;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into {@link YNode}s that remember where each value stood. Uses the SnakeYAML engine
 * under Jackson's YAML support, composed only (no object construction), with limits that keep
 * hostile input small: no alias expansion beyond a few, bounded depth and size.
 */
public final class LocatedYaml {
  /** The largest YAML document read, in code points. */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private static final int MAX_DEPTH = 40;

  private final YNode root;
  private final Map<String, YNode> byPath;
  private final Map<String, Location> cells;
  private final Map<String, String> labels;
  private final Set<String> computed;

  private LocatedYaml(
      YNode root,
      Map<String, YNode> byPath,
      Map<String, Location> cells,
      Map<String, String> labels,
      Set<String> computed) {
    this.root = root;
    this.byPath = byPath;
    this.cells = cells;
    this.labels = labels;
    this.computed = computed;
  }

  /**
   * A tree built by another reader (a plan workbook) whose values stand in cells: {@code cells}
   * gives the cell of each key path, including fields left empty.
   */
  public static LocatedYaml fromTree(YNode root, Map<String, Location> cells) {
    return fromTree(root, cells, Map.of(), Set.of());
  }

  /**
   * A tree read from a workbook, with the label each field has there (as printed in its row) and
   * the fields whose cells the workbook computes (formulas the user does not type).
   */
  public static LocatedYaml fromTree(
      YNode root, Map<String, Location> cells, Map<String, String> labels, Set<String> computed) {
    Map<String, YNode> byPath = new HashMap<>();
    index(root, byPath);
    return new LocatedYaml(
        root, byPath, Map.copyOf(cells), Map.copyOf(labels), Set.copyOf(computed));
  }

  private static void index(YNode n, Map<String, YNode> byPath) {
    byPath.put(n.path(), n);
    if (n instanceof YNode.YMap m) {
      m.entries().forEach(e -> index(e.value(), byPath));
    } else if (n instanceof YNode.YSeq s) {
      s.items().forEach(i -> index(i, byPath));
    }
  }

  /**
   * Where the value at a key path stands: its cell for a workbook, else its YAML position; null
   * when neither the path nor a cell for it is known.
   */
  public Location location(String path) {
    Location cell = cells.get(path);
    if (cell != null) {
      return cell.withPath(path);
    }
    YNode n = byPath.get(path);
    return n == null ? null : Location.yaml(n.line(), n.column(), path);
  }

  /** True when the tree came from a workbook (locations are cells). */
  public boolean isWorkbook() {
    return !cells.isEmpty();
  }

  /** The label a workbook prints for the field at a key path, or null. */
  public String label(String path) {
    return labels.get(path);
  }

  /** True when the workbook computes the field at a key path (the user cannot type it). */
  public boolean isComputed(String path) {
    return computed.contains(path);
  }

  /**
   * A field as a message names it: in a workbook by the label it has there (never a key path), in
   * YAML by its key path and its name.
   */
  public String subject(String path) {
    String label = labels.get(path);
    if (label != null) {
      return label;
    }
    String key = "field." + leaf(path);
    return isWorkbook() ? Messages.label(key) : Messages.subject(path, key);
  }

  /** The last key of a path, without an index: {@code attachments[1]} → {@code attachments}. */
  public static String leaf(String path) {
    String p = path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : path;
    return p.substring(p.lastIndexOf('.') + 1);
  }

  /** The root node (null for an empty document). */
  public YNode root() {
    return root;
  }

  /** The node at a key path such as {@code industries[0].targets.transform_total}, or null. */
  public YNode at(String path) {
    return byPath.get(path);
  }

  /** A syntax error with its position (1-based), if known. */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String reason;

    SyntaxError(String reason, int line, int column) {
      super(reason);
      this.reason = reason;
      this.line = line;
      this.column = column;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
      return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
      return column;
    }

    public String reason() {
      return reason;
    }
  }

  /** Parses one YAML document. Duplicate keys and alias bombs are syntax errors. */
  public static LocatedYaml parse(Reader reader) throws SyntaxError {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    Yaml yaml = new Yaml(options);
    Node node;
    try {
      node = yaml.compose(reader);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new SyntaxError(
          reason, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1);
    } catch (YAMLException e) {
      throw new SyntaxError(firstLine(e.getMessage()), 0, 0);
    } catch (StackOverflowError e) {
      throw new SyntaxError("nesting too deep", 0, 0);
    }
    Map<String, YNode> byPath = new HashMap<>();
    int[] budget = {200_000};
    YNode root = node == null ? null : convert(node, "", byPath, new HashSet<>(), budget, 0);
    return new LocatedYaml(root, byPath, Map.of(), Map.of(), Set.of());
  }

  private static YNode convert(
      Node node, String path, Map<String, YNode> byPath, Set<Node> active, int[] budget, int depth)
      throws SyntaxError {
    int line = node.getStartMark().getLine() + 1;
    int column = node.getStartMark().getColumn() + 1;
    if (--budget[0] < 0) {
      throw new SyntaxError("document has too many nodes (aliases expand too far)", line, column);
    }
    if (depth > MAX_DEPTH || !active.add(node)) {
      throw new SyntaxError("nesting too deep or recursive alias", line, column);
    }
    YNode result;
    if (node instanceof MappingNode m) {
      List<YNode.Entry> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        Node k = t.getKeyNode();
        String key = k instanceof ScalarNode s ? s.getValue() : null;
        int kl = k.getStartMark().getLine() + 1;
        int kc = k.getStartMark().getColumn() + 1;
        if (key == null) {
          throw new SyntaxError("a key must be plain text", kl, kc);
        }
        if (!seen.add(key)) {
          throw new SyntaxError("duplicate key '" + key + "'", kl, kc);
        }
        String childPath = path.isEmpty() ? key : path + "." + key;
        YNode value = convert(t.getValueNode(), childPath, byPath, active, budget, depth + 1);
        entries.add(new YNode.Entry(key, kl, kc, value));
      }
      result = new YNode.YMap(line, column, path, entries);
    } else if (node instanceof SequenceNode s) {
      List<YNode> items = new ArrayList<>();
      int i = 0;
      for (Node item : s.getValue()) {
        items.add(convert(item, path + "[" + i + "]", byPath, active, budget, depth + 1));
        i++;
      }
      result = new YNode.YSeq(line, column, path, items);
    } else {
      ScalarNode s = (ScalarNode) node;
      boolean plain = s.isPlain();
      boolean isNull = plain && Tag.NULL.equals(s.getTag());
      result = new YNode.YScalar(line, column, path, s.getValue(), isNull, plain);
    }
    active.remove(node);
    byPath.put(path, result);
    return result;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed YAML";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package io.shenbao.rules;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A fixture's {@code *.patch.yaml}: the keys that differ from the base file, deep-merged onto it. A
 * mapping merges key by key (a new key is added at the end); a list of mappings merges item by item
 * ({@code {}} leaves an item as it is, items past the base's end are added); any other value
 * replaces the base's. {@code !delete} removes a key; {@code !replace} takes a list (or mapping) as
 * it is instead of merging it. Scalars keep their style, so {@code "3"} stays a string.
 */
public final class YamlPatch {
  /** Removes the key it tags. */
  public static final Tag DELETE = new Tag("!delete");

  /** Takes the list or mapping it tags as it is. */
  public static final Tag REPLACE = new Tag("!replace");

  private YamlPatch() {}

  /** The node tree of a YAML text (comments dropped). */
  public static Node compose(String text) {
    Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    if (node == null) {
      return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }
    return node;
  }

  /**
   * The base text with the patch merged onto it, as YAML text laid out as the base is, under the
   * patch's leading comment lines (the fixture's description) instead of the base's.
   */
  public static String apply(String base, String patch) {
    StringBuilder head = new StringBuilder();
    for (String line : patch.split("\n", -1)) {
      if (!line.startsWith("#")) {
        break;
      }
      head.append(line).append('\n');
    }
    return head + serialize(merge(compose(base), compose(patch)));
  }

  /** A node tree as YAML text. */
  public static String serialize(Node node) {
    DumperOptions options = new DumperOptions();
    options.setAllowUnicode(true);
    options.setWidth(1000);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    StringWriter out = new StringWriter();
    new Yaml(options).serialize(node, out);
    return out.toString();
  }

  /** The patch merged onto the base (both left as they were). */
  public static Node merge(Node base, Node patch) {
    if (patch.getTag().equals(REPLACE)) {
      return retag(patch);
    }
    if (base instanceof MappingNode b && patch instanceof MappingNode p) {
      Map<String, NodeTuple> out = new LinkedHashMap<>();
      for (NodeTuple t : b.getValue()) {
        out.put(keyOf(t), t);
      }
      for (NodeTuple t : p.getValue()) {
        String key = keyOf(t);
        if (t.getValueNode().getTag().equals(DELETE)) {
          out.remove(key);
        } else if (out.containsKey(key)) {
          NodeTuple old = out.get(key);
          out.put(
              key, new NodeTuple(old.getKeyNode(), merge(old.getValueNode(), t.getValueNode())));
        } else {
          out.put(key, new NodeTuple(t.getKeyNode(), retag(t.getValueNode())));
        }
      }
      return new MappingNode(b.getTag(), new ArrayList<>(out.values()), b.getFlowStyle());
    }
    if (base instanceof SequenceNode b
        && patch instanceof SequenceNode p
        && allMappings(b)
        && allMappings(p)) {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < Math.max(b.getValue().size(), p.getValue().size()); i++) {
        if (i >= p.getValue().size()) {
          out.add(b.getValue().get(i));
        } else if (i >= b.getValue().size()) {
          out.add(retag(p.getValue().get(i)));
        } else {
          out.add(merge(b.getValue().get(i), p.getValue().get(i)));
        }
      }
      return new SequenceNode(b.getTag(), out, b.getFlowStyle());
    }
    return retag(patch);
  }

  /**
   * The first line (1-based) of every key path in a node tree: {@code city.name}, {@code
   * industries[0].yearly[1].transform_total}; the root is {@code ""} on line 1.
   */
  public static Map<String, Integer> lines(Node root) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("", 1);
    walk(root, "", out);
    return out;
  }

  private static void walk(Node node, String path, Map<String, Integer> out) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String p = path.isEmpty() ? keyOf(t) : path + "." + keyOf(t);
        out.putIfAbsent(p, t.getKeyNode().getStartMark().getLine() + 1);
        walk(t.getValueNode(), p, out);
      }
    } else if (node instanceof SequenceNode s) {
      for (int i = 0; i < s.getValue().size(); i++) {
        Node item = s.getValue().get(i);
        String p = path + "[" + i + "]";
        out.putIfAbsent(p, item.getStartMark().getLine() + 1);
        walk(item, p, out);
      }
    }
  }

  private static boolean allMappings(SequenceNode s) {
    return s.getValue().stream().allMatch(n -> n instanceof MappingNode);
  }

  private static String keyOf(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
  }

  /** The node with the patch's own tags ({@code !delete}, {@code !replace}) taken off. */
  private static Node retag(Node node) {
    if (node.getTag().equals(REPLACE)) {
      if (node instanceof MappingNode m) {
        node = new MappingNode(Tag.MAP, m.getValue(), m.getFlowStyle());
      } else if (node instanceof SequenceNode s) {
        node = new SequenceNode(Tag.SEQ, s.getValue(), s.getFlowStyle());
      }
    }
    if (node instanceof MappingNode m) {
      List<NodeTuple> kept = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        if (!t.getValueNode().getTag().equals(DELETE)) {
          kept.add(new NodeTuple(t.getKeyNode(), retag(t.getValueNode())));
        }
      }
      return new MappingNode(m.getTag(), kept, m.getFlowStyle());
    }
    if (node instanceof SequenceNode s) {
      return new SequenceNode(
          s.getTag(), s.getValue().stream().map(YamlPatch::retag).toList(), s.getFlowStyle());
    }
    return node;
  }
}

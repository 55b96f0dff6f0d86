package io.shenbao.rules.report;

import java.util.Map;
import java.util.TreeMap;

/** The output formats by name. */
public final class Renderers {
  private static final Map<String, Renderer> BY_NAME = new TreeMap<>();

  static {
    BY_NAME.put("github", new GithubRenderer());
    BY_NAME.put("html", new HtmlRenderer());
    BY_NAME.put("json", new JsonRenderer());
    BY_NAME.put("junit", new JunitRenderer());
    BY_NAME.put("markdown", new MarkdownRenderer());
    BY_NAME.put("sarif", new SarifRenderer());
    BY_NAME.put("text", new TextRenderer());
  }

  private Renderers() {}

  /** The renderer for a format name, or null. */
  public static Renderer of(String name) {
    return BY_NAME.get(name);
  }

  /** The known format names, sorted. */
  public static java.util.Set<String> names() {
    return BY_NAME.keySet();
  }
}

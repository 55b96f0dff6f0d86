package io.shenbao.rules.report;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The output formats by name. A renderer is made only when its format is asked for, so a text run
 * never loads Jackson for JSON and SARIF.
 */
public final class Renderers {
  private static final Map<String, Supplier<Renderer>> BY_NAME = new TreeMap<>();

  static {
    BY_NAME.put("github", GithubRenderer::new);
    BY_NAME.put("html", HtmlRenderer::new);
    BY_NAME.put("json", JsonRenderer::new);
    BY_NAME.put("junit", JunitRenderer::new);
    BY_NAME.put("markdown", MarkdownRenderer::new);
    BY_NAME.put("sarif", SarifRenderer::new);
    BY_NAME.put("text", TextRenderer::new);
  }

  private Renderers() {}

  /** The renderer for a format name, or null. */
  public static Renderer of(String name) {
    Supplier<Renderer> s = BY_NAME.get(name);
    return s == null ? null : s.get();
  }

  /** The known format names, sorted. */
  public static Set<String> names() {
    return BY_NAME.keySet();
  }
}

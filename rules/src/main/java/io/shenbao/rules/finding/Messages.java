package io.shenbao.rules.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one message bundle, keyed by rule ID ({@code RULE-ID.variant}), in Chinese (default) and
 * English. Placeholders are {@code {0}}, {@code {1}} …, and {@code {cmd}} for the command the user
 * typed to run the tool (so that a hint can be copied as it stands); no MessageFormat quoting rules
 * apply. A front end may lay a bundle of its own over it ({@link #and}).
 */
public final class Messages {
  private static final String BASE = "io.shenbao.rules.messages";
  private static final String LABEL = "§";
  private static final String COMMAND = "{cmd}";

  /** The bundles, the first that has a key wins. */
  private final List<ResourceBundle> bundles;

  private final String lang;
  private final String command;

  private Messages(String lang, List<ResourceBundle> bundles, String command) {
    this.lang = lang;
    this.bundles = List.copyOf(bundles);
    this.command = command;
  }

  /** The bundle for {@code zh} or {@code en}. */
  public static Messages of(String lang) {
    if (!"zh".equals(lang) && !"en".equals(lang)) {
      throw new IllegalArgumentException("language must be zh or en: " + lang);
    }
    return new Messages(lang, List.of(bundle(BASE, lang)), "shenbao");
  }

  /** The properties bundle {@code base} in {@code lang}, without falling back to another one. */
  public static ResourceBundle bundle(String base, String lang) {
    return ResourceBundle.getBundle(
        base,
        Locale.forLanguageTag(lang),
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** These messages with the bundle {@code base} (in the same language) consulted first. */
  public Messages and(String base) {
    List<ResourceBundle> all = new ArrayList<>();
    all.add(bundle(base, lang));
    all.addAll(bundles);
    return new Messages(lang, all, command);
  }

  /** These messages with {@code {cmd}} standing for {@code command} (default {@code shenbao}). */
  public Messages withCommand(String command) {
    return new Messages(lang, bundles, command);
  }

  public String lang() {
    return lang;
  }

  /** The command that runs the tool, as the user typed it. */
  public String command() {
    return command;
  }

  /** A list of words as the language writes it: 甲、乙、丙 in Chinese, a, b, c in English. */
  public String join(Collection<String> words) {
    return String.join("zh".equals(lang) ? "、" : ", ", words);
  }

  /** True when the bundle has the key. */
  public boolean has(String key) {
    return find(key) != null;
  }

  /** The keys of the bundle. */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    bundles.forEach(b -> keys.addAll(b.keySet()));
    return keys;
  }

  private String find(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    return null;
  }

  /**
   * The findings' message keys of a rule ({@code ID} and {@code ID.variant}, not its title and
   * description), sorted, the rule's own key first.
   */
  public List<String> variants(String ruleId) {
    List<String> out = new ArrayList<>();
    for (String k : keys()) {
      if (k.startsWith(ruleId + ".")
          && !k.equals(ruleId + ".title")
          && !k.equals(ruleId + ".description")) {
        out.add(k);
      }
    }
    Collections.sort(out);
    if (has(ruleId)) {
      out.add(0, ruleId);
    }
    return out;
  }

  /** The text for {@code key} with its placeholders filled; a missing key shows as itself. */
  public String format(String key, List<String> args) {
    String pattern = find(key);
    if (pattern == null) {
      return "??" + key + "?? " + Printable.escape(String.join(" | ", args));
    }
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        sb.append(n < args.size() ? arg(args.get(n)) : "");
        i = close;
      } else if (c == '{' && pattern.startsWith(COMMAND, i)) {
        sb.append(command);
        i += COMMAND.length() - 1;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * An argument that names a bundle key ({@code §field.cloud_smes}) is shown in the bundle's
   * language, so that field names translate with the message; a subject ({@link #subject}) shows as
   * its key path with the field's name after it. Any other text may be the user's, and its control
   * characters are shown escaped ({@link Printable}).
   */
  private String arg(String a) {
    if (!a.startsWith(LABEL)) {
      return Printable.escape(a);
    }
    // a user's text may begin with the mark too (a credit code typed as §§x): it is never trusted
    // to be a key, and whatever of it is shown is escaped
    if (a.startsWith(LABEL + LABEL)) {
      int cut = a.indexOf(LABEL, 2);
      if (cut < 0) {
        return Printable.escape(a);
      }
      String path = Printable.escape(a.substring(2, cut));
      String name = find(a.substring(cut + 1));
      if (name == null) {
        return path;
      }
      return "zh".equals(lang) ? path + "（" + name + "）" : path + " (" + name + ")";
    }
    String key = a.substring(1);
    String text = find(key);
    return text != null ? text : Printable.escape(a);
  }

  /**
   * The argument that shows a plan field by its key path and its name from the bundle, such as
   * {@code industries[0].baseline.output_value（试点行业2023年工业总产值（亿元））}.
   */
  public static String subject(String path, String key) {
    return LABEL + LABEL + path + LABEL + key;
  }

  /** The argument that shows as the bundle's text for {@code key}. */
  public static String label(String key) {
    return LABEL + key;
  }

  /** The text for {@code key} with its placeholders filled. */
  public String format(String key, String... args) {
    return format(key, List.of(args));
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

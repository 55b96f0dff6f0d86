package io.shenbao.rules.finding;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message bundle, keyed by rule ID ({@code RULE-ID.variant}), in Chinese (default) and
 * English. Placeholders are {@code {0}}, {@code {1}} …; no MessageFormat quoting rules apply.
 */
public final class Messages {
  private static final String BASE = "io.shenbao.rules.messages";
  private static final String LABEL = "§";

  private final ResourceBundle bundle;
  private final String lang;

  private Messages(String lang) {
    this.lang = lang;
    this.bundle =
        ResourceBundle.getBundle(
            BASE,
            Locale.forLanguageTag(lang),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The bundle for {@code zh} or {@code en}. */
  public static Messages of(String lang) {
    if (!"zh".equals(lang) && !"en".equals(lang)) {
      throw new IllegalArgumentException("language must be zh or en: " + lang);
    }
    return new Messages(lang);
  }

  public String lang() {
    return lang;
  }

  /** True when the bundle has the key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The keys of the bundle. */
  public java.util.Set<String> keys() {
    return bundle.keySet();
  }

  /** The text for {@code key} with its placeholders filled; a missing key shows as itself. */
  public String format(String key, List<String> args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "?? " + String.join(" | ", args);
    }
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        sb.append(n < args.size() ? arg(args.get(n)) : "");
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * An argument that names a bundle key ({@code §field.cloud_smes}) is shown in the bundle's
   * language, so that field names translate with the message.
   */
  private String arg(String a) {
    if (!a.startsWith(LABEL)) {
      return a;
    }
    String key = a.substring(1);
    return bundle.containsKey(key)
        ? bundle.getString(key)
        : key.substring(key.lastIndexOf('.') + 1);
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

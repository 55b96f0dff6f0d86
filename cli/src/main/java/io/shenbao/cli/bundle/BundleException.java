package io.shenbao.cli.bundle;

import java.util.List;

/**
 * The bundle cannot be built for a reason the user can fix (a font, an existing folder …). The
 * message is a key of the message bundle ({@code bundle.error.*}) with its arguments, so that it is
 * shown in the user's language.
 */
public final class BundleException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> args;
  private final boolean input;

  /**
   * A problem.
   *
   * @param key the message key, without the {@code bundle.error.} prefix
   * @param input true when the user's data must change (exit 1), false for set-up (exit 2)
   * @param args the message arguments
   */
  public BundleException(String key, boolean input, String... args) {
    super(key + " " + String.join(" | ", args));
    this.key = "bundle.error." + key;
    this.args = List.of(args);
    this.input = input;
  }

  public String key() {
    return key;
  }

  public List<String> args() {
    return args;
  }

  /** True when the user's data must change (a character no font has), false for set-up. */
  public boolean input() {
    return input;
  }
}

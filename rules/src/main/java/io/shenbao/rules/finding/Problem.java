package io.shenbao.rules.finding;

import java.util.List;

/**
 * Something a reader found wrong with its input, before any rule ran. {@code key} is a message key
 * whose part before the first dot is the rule ID that reports it ({@code INPUT-SYNTAX.yaml}).
 *
 * @param key the message key
 * @param file the file as the user would name it, or null for the workspace as a whole
 * @param location where in the file, or null
 * @param args message arguments
 * @param severity the severity of this variant when it is not the rule's (a warning variant of an
 *     error rule), or null for the rule's
 */
public record Problem(
    String key, String file, Location location, List<String> args, Severity severity) {
  public Problem {
    args = List.copyOf(args);
  }

  /** A problem with the rule's severity. */
  public Problem(String key, String file, Location location, List<String> args) {
    this(key, file, location, args, null);
  }

  /** The rule ID: the key up to its first dot. */
  public String rule() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}

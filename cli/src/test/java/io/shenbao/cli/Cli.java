package io.shenbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process and keeps what it printed. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ShenbaoCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Cli(code, out.toString(), err.toString());
  }
}

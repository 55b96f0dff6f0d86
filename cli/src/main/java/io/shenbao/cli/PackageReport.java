package io.shenbao.cli;

import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.report.Renderers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What bundle and forward print once a package is written, in the same order for both: the package
 * (folder, copies, fonts), its files and its zip; what the command adds (forward: the letter); then
 * the next step, and last the notes: the bundled font standing in for 仿宋…, and the pages drawn as
 * 300 dpi images (or kept, without PDF/A) and why.
 */
final class PackageReport {
  private final PrintWriter out;
  private final Messages m;

  PackageReport(PrintWriter out, Messages m) {
    this.out = out;
    this.m = m;
  }

  /**
   * The check a package is built on: with errors, every finding and {@code refusedKey} (the package
   * is refused: true); else the warnings and notes, unless {@code quiet}.
   */
  static boolean refused(
      Report report, ShenbaoCommand global, Messages m, PrintWriter out, String refusedKey)
      throws IOException {
    if (report.fails(Severity.ERROR)) {
      Renderers.of("text").render(report, m, global.color(), out);
      out.println(m.format(refusedKey, String.valueOf(report.count(Severity.ERROR))));
      out.flush();
      return true;
    }
    if (!report.findings().isEmpty() && !global.quiet) {
      Renderers.of("text").render(report, m, global.color(), out);
    }
    return false;
  }

  /** The package written ({@code key}: its folder, copies and fonts), its files and its zip. */
  void written(String key, Path dir, int copies, FontSet faces, List<String> files, Path zip) {
    out.println(m.format(key, dir.toString(), String.valueOf(copies), faces.summary(m)));
    for (String f : files) {
      out.println("  data/" + Printable.escape(f));
    }
    if (zip != null) {
      out.println(m.format("bundle.zip", zip.toString()));
    }
  }

  /**
   * The next step ({@code key}: verify the zip, or the folder), then the notes: the bundled font
   * standing in for a face, and the merged pages drawn as images ({@code pdfa}) or kept.
   */
  void next(
      String key, Path dir, Path zip, FontSet faces, boolean pdfa, List<Bundler.PdfaPages> pages) {
    out.println(m.format(key, Hints.path(zip != null ? zip : dir)));
    String note = faces.fallbackNote(m);
    if (note != null) {
      out.println(note);
    }
    if (!pages.isEmpty()) {
      String which = Bundler.describe(pages, m);
      int count = pages.stream().mapToInt(p -> p.pages().size()).sum();
      out.println(
          pdfa
              ? m.format("bundle.rasterized", String.valueOf(count), which)
              : m.format("bundle.not-pdfa", which));
    }
  }
}

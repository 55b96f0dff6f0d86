package io.shenbao.cli;

import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
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

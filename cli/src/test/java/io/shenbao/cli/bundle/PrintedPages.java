package io.shenbao.cli.bundle;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Checks what a PDF of the bundle prints, glyph by glyph: every run of text lies inside the table
 * cell its first glyph starts in, or, outside tables, inside the type area (page numbers in their
 * place below it); every credit code of the roster is set whole on one line; no line of a table
 * cell holds a single Chinese character alone. Pages that carry another PDF (证明材料) are the user's
 * and are skipped; pages that share their content with a page already checked (the print copies)
 * are checked once.
 */
final class PrintedPages {
  private static final float EPS = 0.05f;

  /** What was found in one PDF. */
  record Result(List<String> failures, Set<String> runs, int pages, int checked) {}

  private PrintedPages() {}

  static Result check(Path pdf) throws IOException {
    List<String> failures = new ArrayList<>();
    Set<String> runs = new HashSet<>();
    Set<String> seen = new HashSet<>();
    int checked = 0;
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      pages = doc.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        String key = contentKey(doc.getPage(i));
        if (key != null && !seen.add(key)) {
          continue;
        }
        checked++;
        PageGlyphs g = PageGlyphs.of(doc, i);
        if (g.imported) {
          continue;
        }
        check(pdf.getFileName() + " p." + (i + 1), g, failures, runs);
      }
    }
    return new Result(failures, runs, pages, checked);
  }

  /**
   * What a page draws from, by object number: its content streams, its resources and its rotation;
   * null when any of them is not an object of its own (then the page is checked whatever).
   */
  private static String contentKey(PDPage page) {
    COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);
    COSBase resources = page.getCOSObject().getItem(COSName.RESOURCES);
    StringBuilder key = new StringBuilder();
    if (contents instanceof COSObject o && o.getObject() instanceof COSArray a) {
      contents = a;
    }
    if (contents instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (!(a.get(i) instanceof COSObject o)) {
          return null;
        }
        key.append(o.getKey()).append(',');
      }
    } else if (contents instanceof COSObject o) {
      key.append(o.getKey());
    } else {
      return null;
    }
    if (!(resources instanceof COSObject r)) {
      return null;
    }
    return key + "|" + r.getKey() + "|" + page.getRotation();
  }

  private static void check(String where, PageGlyphs g, List<String> failures, Set<String> texts) {
    Rectangle2D area =
        new Rectangle2D.Float(Gb9704.LEFT, Gb9704.BOTTOM, Gb9704.BODY_W, Gb9704.BODY_H);
    float footerLow = Gb9704.FOOTER_BASELINE - 0.12f * Gb9704.FOOTER_SIZE;
    Rectangle2D footer =
        new Rectangle2D.Float(Gb9704.LEFT, footerLow, Gb9704.BODY_W, Gb9704.BOTTOM - footerLow);
    IdentityHashMap<Rectangle2D, List<String>> cells = new IdentityHashMap<>();
    for (PageGlyphs.Run run : g.runs) {
      texts.add(run.text());
      Rectangle2D first = run.glyphs().get(0);
      Rectangle2D cell = cellOf(g.rects, first.getCenterX(), first.getCenterY());
      boolean number = run.text().matches("— \\d+ —");
      Rectangle2D box = cell != null ? cell : number ? footer : area;
      for (int k = 0; k < run.glyphs().size(); k++) {
        Rectangle2D gl = run.glyphs().get(k);
        if (!inside(box, gl)) {
          failures.add(
              String.format(
                  "%s: “%s” of “%s” at x %.1f–%.1f, y %.1f–%.1f lies outside its %s "
                      + "(x %.1f–%.1f, y %.1f–%.1f)",
                  where,
                  run.text().substring(Math.min(k, run.text().length() - 1)),
                  run.text(),
                  gl.getMinX(),
                  gl.getMaxX(),
                  gl.getMinY(),
                  gl.getMaxY(),
                  cell != null ? "cell" : number ? "page-number place" : "type area",
                  box.getMinX(),
                  box.getMaxX(),
                  box.getMinY(),
                  box.getMaxY()));
          break;
        }
      }
      if (cell != null) {
        cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(run.text());
      }
    }
    for (List<String> lines : cells.values()) {
      if (lines.size() > 1) {
        for (String line : lines) {
          if (TitleLines.lone(line)) {
            failures.add(where + ": a cell's line holds one character alone: " + lines);
          }
        }
      }
    }
  }

  /** The smallest rectangle holding a point. */
  private static Rectangle2D cellOf(List<Rectangle2D> rects, double x, double y) {
    Rectangle2D best = null;
    for (Rectangle2D r : rects) {
      if (r.contains(x, y)
          && (best == null || r.getWidth() * r.getHeight() < best.getWidth() * best.getHeight())) {
        best = r;
      }
    }
    return best;
  }

  private static boolean inside(Rectangle2D box, Rectangle2D glyph) {
    return glyph.getMinX() >= box.getMinX() - EPS
        && glyph.getMaxX() <= box.getMaxX() + EPS
        && glyph.getMinY() >= box.getMinY() - EPS
        && glyph.getMaxY() <= box.getMaxY() + EPS;
  }

  /** The codes that are not set whole on one line (in one run of text). */
  static List<String> broken(Collection<String> codes, Set<String> runs) {
    Set<String> whole = new HashSet<>();
    for (String run : runs) {
      for (int i = 0; i + 18 <= run.length(); i++) {
        whole.add(run.substring(i, i + 18));
      }
    }
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      if (!whole.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Renders pages (1-based) to PNG files {@code <name>-<page>.png} in a folder. */
  static Map<Integer, Path> render(Path pdf, Path folder, String name, int... pages)
      throws IOException {
    Files.createDirectories(folder);
    Map<Integer, Path> out = new LinkedHashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int p : pages) {
        int page = p < 0 ? doc.getNumberOfPages() + p + 1 : p;
        BufferedImage img = r.renderImageWithDPI(page - 1, 72);
        Path png = folder.resolve(name + "-" + page + ".png");
        ImageIO.write(img, "png", png.toFile());
        out.put(page, png);
      }
    }
    return out;
  }
}

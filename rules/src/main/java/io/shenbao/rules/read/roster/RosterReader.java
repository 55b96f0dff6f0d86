package io.shenbao.rules.read.roster;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.formats.ZipGuard;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.read.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a roster in any supported format (.xlsx, .xls, .csv) as a stream of rows. The format is
 * taken from the name and checked against the bytes; encrypted, renamed, corrupt and bomb files
 * become problems, never exceptions.
 */
public final class RosterReader {
  private RosterReader() {}

  /**
   * What was read.
   *
   * @param sheet the layout, or null when no header was found
   * @param rows how many enterprise rows were passed on
   */
  public record Result(RosterSheet sheet, long rows) {}

  /**
   * The raw rows of a CSV file as the roster reader sees them (its encoding and separator
   * detected), for a front end that copies the file into a workbook.
   */
  public static void csvRows(Path file, RowSink sink) throws IOException {
    CsvRows.read(file, file.getFileName().toString(), sink, p -> {});
  }

  /** Streams the roster's rows to {@code rows}; problems go to {@code problems}. */
  public static Result read(
      Path file,
      String display,
      boolean requireSubIndustry,
      Consumer<RosterRow> rows,
      Consumer<Problem> problems) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    RosterAssembler assembler = new RosterAssembler(display, requireSubIndustry, rows, problems);
    int[] lastRow = {0};
    RowSink sink =
        new RowSink() {
          @Override
          public void start(String sheetName) {
            assembler.start(sheetName);
          }

          @Override
          public boolean row(int row, List<RawCell> cells) {
            lastRow[0] = row;
            return assembler.row(row, cells);
          }

          @Override
          public void oversized(int row, int column) {
            problems.accept(
                new Problem(
                    Keys.InputSyntax.CELL_TOO_LONG,
                    display,
                    Location.cell(assembler.sheetName(), column, row),
                    List.of(String.valueOf(CsvRows.MAX_CELL))));
          }
        };
    try {
      FileKind kind = FileKind.of(file);
      if (kind == FileKind.EMPTY) {
        problems.accept(new Problem(Keys.InputUnreadable.EMPTY, display, null, List.of()));
        return new Result(null, 0);
      }
      String sheetName;
      FileKind wanted = expected(ext);
      if (wanted == null) {
        problems.accept(new Problem(Keys.InputUnreadable.FORMAT, display, null, List.of(ext)));
        return new Result(null, 0);
      }
      if (kind != wanted) {
        problems.accept(mismatch(file, kind, display, ext));
        return new Result(null, 0);
      }
      if (wanted == FileKind.ZIP) {
        String bomb = ZipGuard.check(file);
        if (bomb != null) {
          problems.accept(new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(bomb)));
          return new Result(null, 0);
        }
        sheetName = XlsxRows.read(file, SheetChoice.DEFAULT, sink);
      } else if (wanted == FileKind.OLE2) {
        sheetName = XlsRows.read(file, SheetChoice.DEFAULT, sink);
      } else {
        CsvRows.read(file, display, sink, problems);
        sheetName = "";
      }
      if (sheetName == null) {
        problems.accept(new Problem(Keys.InputSyntax.NO_SHEET, display, null, List.of()));
        return new Result(null, 0);
      }
    } catch (ZipGuard.Bomb e) {
      problems.accept(
          new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(e.getMessage())));
      return new Result(assembler.sheet(), assembler.rowCount());
    } catch (SharedStrings.TooLarge e) {
      problems.accept(
          new Problem(
              Keys.InputUnreadable.MEMORY,
              display,
              null,
              List.of(
                  String.valueOf(e.budget >> 20),
                  String.valueOf(Runtime.getRuntime().maxMemory() >> 20))));
      return new Result(null, 0);
    } catch (XlsxRows.BadRowNumber e) {
      problems.accept(
          new Problem(
              Keys.InputSyntax.ROW_NUMBER,
              display,
              Location.row(assemblerSheet(assembler), e.at),
              List.of(e.written, String.valueOf(XlsxRows.MAX_ROW))));
      return new Result(assembler.sheet(), assembler.rowCount());
    } catch (AccessDeniedException e) {
      problems.accept(new Problem(Keys.InputUnreadable.IO, display, null, List.of(Reason.of(e))));
      return new Result(null, 0);
    } catch (EncryptedDocumentException e) {
      problems.accept(new Problem(Keys.InputUnreadable.ENCRYPTED, display, null, List.of()));
      return new Result(null, 0);
    } catch (IOException | RuntimeException e) {
      Location at = lastRow[0] > 0 ? Location.row(assemblerSheet(assembler), lastRow[0]) : null;
      problems.accept(
          new Problem(Keys.InputSyntax.WORKBOOK, display, at, List.of(Reason.workbook(e))));
      return new Result(assembler.sheet(), assembler.rowCount());
    }
    assembler.finish();
    return new Result(assembler.sheet(), assembler.rowCount());
  }

  /** What the bytes of a file with this extension must be, or null for an unsupported one. */
  private static FileKind expected(String ext) {
    return switch (ext) {
      case "xlsx", "xlsm" -> FileKind.ZIP;
      case "xls" -> FileKind.OLE2;
      case "csv", "txt" -> FileKind.TEXT;
      default -> null;
    };
  }

  private static String assemblerSheet(RosterAssembler a) {
    return a.sheet() == null ? null : a.sheet().sheet();
  }

  private static Problem mismatch(Path file, FileKind kind, String display, String ext) {
    if (kind == FileKind.OLE2 && isEncryptedOoxml(file)) {
      return new Problem(Keys.InputUnreadable.ENCRYPTED, display, null, List.of());
    }
    return new Problem(
        Keys.InputUnreadable.MISMATCH, display, null, List.of(ext, FileKind.label(kind)));
  }

  /** An encrypted .xlsx is an OLE2 container holding an EncryptedPackage stream. */
  static boolean isEncryptedOoxml(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}

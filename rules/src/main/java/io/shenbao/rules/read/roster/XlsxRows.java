package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Streams the roster sheet of an .xlsx with fastexcel-reader (constant memory per row). */
final class XlsxRows {
  private XlsxRows() {}

  /** Chooses the sheet and streams it; returns the sheet's name. */
  static String read(Path file, SheetChoice choice, RowSink sink) throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
      List<String> names = new ArrayList<>();
      List<Boolean> visible = new ArrayList<>();
      List<Sheet> sheets = wb.getSheets().toList();
      for (Sheet s : sheets) {
        names.add(s.getName());
        visible.add(s.getVisibility() == SheetVisibility.VISIBLE);
      }
      int index = choice.choose(names, visible);
      if (index < 0) {
        return null;
      }
      Sheet sheet = sheets.get(index);
      sink.start(sheet.getName());
      try (Stream<Row> rows = sheet.openStream()) {
        Iterator<Row> it = rows.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          if (!sink.row(row.getRowNum(), cells(row))) {
            break;
          }
        }
      }
      return sheet.getName();
    }
  }

  private static List<RawCell> cells(Row row) {
    List<RawCell> out = new ArrayList<>(row.getCellCount());
    for (int i = 0; i < row.getCellCount(); i++) {
      Optional<Cell> oc = row.getOptionalCell(i);
      if (oc.isEmpty()) {
        continue;
      }
      Cell c = oc.get();
      CellType t = c.getType();
      if (t == CellType.EMPTY) {
        continue;
      }
      String raw = c.getRawValue();
      if (raw == null || raw.isEmpty()) {
        continue;
      }
      boolean number = t == CellType.NUMBER;
      boolean error = t == CellType.ERROR;
      String text = t == CellType.STRING ? c.asString() : raw;
      out.add(new RawCell(c.getColumnIndex(), text, number, error));
    }
    return out;
  }
}

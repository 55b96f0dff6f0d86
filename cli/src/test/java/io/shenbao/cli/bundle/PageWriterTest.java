package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages as GB/T 9704 sets them. */
class PageWriterTest {
  @TempDir Path dir;

  @Test
  void aPageOfBodyTextHolds22Lines() throws Exception {
    // GB/T 9704-2012 §5.2.2: 一般每面排 22 行 (the type area's 225 mm in lines of 3号)
    Path pdf = dir.resolve("body.pdf");
    try (PDDocument d = new PDDocument();
        FontSet fonts = FontSet.bundled()) {
      try (PageWriter w = new PageWriter(d, fonts)) {
        w.newPage();
        for (int i = 0; i < 30; i++) {
          w.body("第" + (i + 1) + "段。", "sections");
        }
      }
      d.save(pdf.toFile());
    }
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      List<String> first = new ArrayList<>();
      PageGlyphs.of(d, 0).runs.forEach(r -> first.add(r.text()));
      assertThat(first).hasSize(22).startsWith("第1段。").endsWith("第22段。");
      assertThat(PageGlyphs.of(d, 1).runs.get(0).text()).isEqualTo("第23段。");
    }
    assertThat(PrintedPages.check(pdf).failures()).isEmpty();
  }
}

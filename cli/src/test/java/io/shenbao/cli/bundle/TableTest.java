package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.shenbao.cli.bundle.FontSet.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables typeset from their content. */
class TableTest {
  @AutoClose static final Typesetting SET = Typesetting.open();
  static final PageWriter writer = SET.writer;

  @TempDir Path dir;

  static Table roster(List<String> names, float size) {
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      rows.add(
          new Table.Row(
              List.of(String.valueOf(i + 1), names.get(i), TestCities.code(i), "12345.67", "专精特新"),
              false,
              false,
              "row"));
    }
    return new Table(
        List.of(
            new Table.Column("序号", Table.Kind.KEEP, PageWriter.Align.CENTER),
            new Table.Column("企业名称", Table.Kind.TEXT, PageWriter.Align.LEFT),
            new Table.Column("统一社会信用代码", Table.Kind.KEEP, PageWriter.Align.CENTER),
            new Table.Column("2023年度主营业务收入（万元）", Table.Kind.KEEP, PageWriter.Align.RIGHT),
            new Table.Column("企业类型", Table.Kind.KEEP, PageWriter.Align.CENTER)),
        rows,
        size);
  }

  /** A table of two left-aligned text columns. */
  static Table twoTextColumns(String first, String second, List<Table.Row> rows, float size) {
    return new Table(
        List.of(
            new Table.Column(first, Table.Kind.TEXT, PageWriter.Align.LEFT),
            new Table.Column(second, Table.Kind.TEXT, PageWriter.Align.LEFT)),
        rows,
        size);
  }

  @Test
  void columnsAreAsWideAsTheirContentAndFillTheTypeArea() throws Exception {
    Table.Prepared p = writer.prepare(roster(List.of("重庆璧山恒恒传动股份有限公司"), 10.5f));
    float[] w = p.fit(Gb9704.BODY_W);
    float sum = 0;
    for (float x : w) {
      sum += x;
    }
    assertThat(sum).isCloseTo(Gb9704.BODY_W, offset(0.1f));
    Glyphs body = writer.face(Role.BODY);
    assertThat(w[2] - 2 * Table.PAD_X)
        .isGreaterThanOrEqualTo(body.width(TestCities.code(0), 10.5f));
    assertThat(w[1] - 2 * Table.PAD_X).isGreaterThanOrEqualTo(body.width("重庆璧山恒恒传动股份有限公司", 10.5f));
    assertThat(p.rowLines(0, w)).isEqualTo(1);
  }

  @Test
  void aCodeColumnIsNeverNarrowerThanItsWidestCodeWhateverTheNamesAsk() throws Exception {
    String longName = "重庆".repeat(40) + "有限公司";
    Table.Prepared p = writer.prepare(roster(List.of(longName, "短名公司"), 10.5f));
    float[] w = p.fit(Gb9704.BODY_W);
    Glyphs body = writer.face(Role.BODY);
    assertThat(w[2] - 2 * Table.PAD_X)
        .isGreaterThanOrEqualTo(body.width(TestCities.code(0), 10.5f));
    assertThat(w[3] - 2 * Table.PAD_X).isGreaterThanOrEqualTo(body.width("12345.67", 10.5f));
    assertThat(w[4] - 2 * Table.PAD_X).isGreaterThanOrEqualTo(body.width("专精特新", 10.5f));
    assertThat(p.lines(0, w).get(1)).noneMatch(TitleLines::lone);
  }

  @Test
  void theWidthGoesWhereItSavesLines() throws Exception {
    // a wide label column of short labels, a value column of long text: the text gets the room
    List<Table.Row> rows = new ArrayList<>();
    rows.add(new Table.Row(List.of("试点细分行业", "一二三四五六七八九十".repeat(6)), false, false, "x"));
    rows.add(new Table.Row(List.of("拟试点区县", "璧山区"), false, false, "x"));
    Table t = twoTextColumns("项目", "数据", rows, 12);
    Table.Prepared p = writer.prepare(t);
    float[] w = p.fit(Gb9704.BODY_W);
    // 60 characters of 12 pt need two lines of the 442 pt type area, whatever the labels do
    assertThat(p.rowLines(0, w)).isEqualTo(2);
    assertThat(p.rowLines(1, w)).isEqualTo(1);
    assertThat(w[1]).isGreaterThan(3 * w[0]);
  }

  @Test
  void aCellIsGivenTheWidthThatKeepsItsLastCharacterCompanyWhenSuchAWidthExists() throws Exception {
    // the name's last line could only be 司 alone (its Latin word cannot give a character): the
    // line count alone would give the width to the long text beside it, where it saves lines
    String name = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ司";
    List<Table.Row> rows = new ArrayList<>();
    rows.add(new Table.Row(List.of(name, "一二三四五六七八九十".repeat(12)), false, false, "x"));
    Table t = twoTextColumns("名称", "说明", rows, 10.5f);
    Table.Prepared p = writer.prepare(t);
    float[] w = p.fit(Gb9704.BODY_W);
    assertThat(p.lines(0, w).get(0)).containsExactly(name);
    assertThat(p.lines(0, w).get(1)).noneMatch(TitleLines::lone);
  }

  @Test
  void aLongTableRepeatsItsHeaderOnEveryPage() throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      names.add(TestCities.name(i, 6 + i % 20));
    }
    Path pdf = dir.resolve("long.pdf");
    try (PDDocument d = new PDDocument()) {
      try (PageWriter w = new PageWriter(d, SET.fonts)) {
        w.newPage();
        w.table(roster(names, 10.5f));
      }
      d.save(pdf.toFile());
    }
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getNumberOfPages()).isGreaterThan(3);
      for (int i = 0; i < d.getNumberOfPages(); i++) {
        List<String> runs = new ArrayList<>();
        PageGlyphs.of(d, i).runs.forEach(r -> runs.add(r.text()));
        assertThat(runs).as("page %d", i + 1).startsWith("序号", "企业名称", "统一社会信用代码");
      }
    }
    assertThat(PrintedPages.check(pdf).failures()).isEmpty();
  }

  @Test
  void aRosterGoesLandscapeOnlyWhenPortraitWouldWrapItIntoMorePages() throws Exception {
    List<String> short_ = new ArrayList<>();
    List<String> long_ = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      short_.add(TestCities.name(i, 8 + i % 6));
      long_.add(TestCities.name(i, 30 + i % 30));
    }
    assertThat(PageWriter.wantsLandscape(writer.prepare(roster(short_, 10.5f)))).isFalse();
    assertThat(PageWriter.wantsLandscape(writer.prepare(roster(long_, 10.5f)))).isTrue();
  }
}

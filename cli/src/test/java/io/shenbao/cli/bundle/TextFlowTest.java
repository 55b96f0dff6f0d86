package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chinese line breaking: 避头尾, unbroken Latin words, hard line breaks. */
class TextFlowTest {
  static PDDocument doc;
  static FontSet fonts;
  static PDFont font;

  @BeforeAll
  static void load() throws Exception {
    doc = new PDDocument();
    fonts = FontSet.bundled();
    font = fonts.body(doc);
  }

  @AfterAll
  static void close() throws Exception {
    doc.close();
    fonts.close();
  }

  @Test
  void closingPunctuationNeverStartsALine() throws Exception {
    String text = "一二三四五六七八九十，一二三四五六七八九十。一二三四五六七八九十）一二三四五六七八九十";
    for (int width = 40; width <= 200; width += 8) {
      List<String> lines = TextFlow.lines(text, font, 16, width, 0);
      assertThat(String.join("", lines)).isEqualTo(text);
      for (String line : lines.subList(1, lines.size())) {
        assertThat(TextFlow.NO_START.indexOf(line.charAt(0)))
            .as("line %s at width %d", line, width)
            .isNegative();
      }
    }
  }

  @Test
  void openingPunctuationNeverEndsALine() throws Exception {
    String text = "一二三四五六七（八九十）一二三四五六《七八》九十“一二三”四五六";
    for (int width = 40; width <= 200; width += 8) {
      List<String> lines = TextFlow.lines(text, font, 16, width, 0);
      assertThat(String.join("", lines)).isEqualTo(text);
      for (String line : lines.subList(0, lines.size() - 1)) {
        assertThat(TextFlow.NO_END.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
      }
    }
  }

  @Test
  void latinWordsStayWholeAndNewlinesBreak() throws Exception {
    List<String> lines =
        TextFlow.lines("联系电话 023-41412345 与 chenqian@jjxxw.cq.gov.cn\n第二行", font, 16, 260, 0);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("023-41412345"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("chenqian@jjxxw.cq.gov.cn"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("第二行");
  }

  @Test
  void yamlBlocksBecomeParagraphs() {
    assertThat(PlanPdf.paragraphs("第一句，\n接着写。\n第二段开始\n（一）小标题\n\n最后"))
        .containsExactly("第一句，接着写。", "第二段开始", "（一）小标题", "最后");
  }
}

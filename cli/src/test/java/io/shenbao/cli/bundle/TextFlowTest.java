package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.bundle.FontSet.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Chinese line breaking: 避头尾, unbroken Latin words, hard line breaks. */
class TextFlowTest {
  @AutoClose static final Typesetting SET = Typesetting.open();
  static final Glyphs font = SET.writer.face(Role.BODY);

  @Test
  void closingPunctuationNeverStartsALine() throws Exception {
    String text = "一二三四五六七八九十，一二三四五六七八九十。一二三四五六七八九十）一二三四五六七八九十";
    atEveryWidth(text)
        .forEach(
            (width, lines) ->
                assertThat(lines.subList(1, lines.size()))
                    .as("the lines at width %d", width)
                    .noneMatch(line -> TextFlow.NO_START.indexOf(line.charAt(0)) >= 0));
  }

  @Test
  void openingPunctuationNeverEndsALine() throws Exception {
    String text = "一二三四五六七（八九十）一二三四五六《七八》九十“一二三”四五六";
    atEveryWidth(text)
        .forEach(
            (width, lines) ->
                assertThat(lines.subList(0, lines.size() - 1))
                    .as("the lines at width %d", width)
                    .noneMatch(
                        line -> TextFlow.NO_END.indexOf(line.charAt(line.length() - 1)) >= 0));
  }

  /**
   * {@code text} (16 pt) broken at every width from 40 to 200 pt, by 8, each time into lines that
   * make the whole text again.
   */
  private static Map<Integer, List<String>> atEveryWidth(String text) {
    Map<Integer, List<String>> byWidth = new TreeMap<>();
    for (int width = 40; width <= 200; width += 8) {
      List<String> lines = TextFlow.lines(text, font, 16, width, 0);
      assertThat(String.join("", lines)).isEqualTo(text);
      byWidth.put(width, lines);
    }
    return byWidth;
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
    // a clause ended by ； goes on in the same sentence (the example's 责任分工)
    assertThat(PlanPdf.paragraphs("（三）责任分工。甲负责组织；乙负责资金；\n丙负责跟踪。\n下一段"))
        .containsExactly("（三）责任分工。甲负责组织；乙负责资金；丙负责跟踪。", "下一段");
  }

  @Test
  void datesFileNamesCodesRangesPhonesAndAddressesAreNeverSplit() throws Exception {
    String text =
        "截止时间：2024年5月16日（星期四）18:00前，材料见打印/实施方案-打印版.pdf，份号 000001—000005，"
            + "代码 91500227FY8701058L，金额 12,345.67 万元，渝经信发〔2024〕21号，"
            + "电话 023-41412345，邮箱 chenqian@jjxxw.cq.gov.cn";
    int widest = (int) Math.ceil(TextFlow.prepare(text, font, 16).widestUnit());
    assertThat(widest).isGreaterThan(16 * 10);
    for (int width = widest; width <= 300; width += 4) {
      List<String> lines = TextFlow.lines(text, font, 16, width, 0);
      assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
      for (String whole :
          List.of(
              "2024年5月16日",
              "18:00",
              "打印/实施方案-打印版.pdf",
              "000001—000005",
              "91500227FY8701058L",
              "12,345.67",
              "渝经信发〔2024〕21号",
              "023-41412345",
              "chenqian@jjxxw.cq.gov.cn")) {
        assertThat(lines).as("%s at %d: %s", whole, width, lines).anyMatch(l -> l.contains(whole));
      }
    }
  }

  @Test
  void noLineIsWiderThanTheWidthPunctuationIsPushedNotHung() throws Exception {
    String text = "重庆璧山恒恒传动股份有限公司，一二三四五六七八九十。一二三四五六七八九）";
    for (int width = 48; width <= 240; width += 2) {
      for (String line : TextFlow.lines(text, font, 16, width, 0)) {
        assertThat(font.width(line, 16))
            .as("%s at %d", line, width)
            .isLessThanOrEqualTo(width + 0.01f);
      }
    }
  }

  @Test
  void aLineNeverHoldsOneCharacterAloneWhenTheLineBeforeCanGiveOne() throws Exception {
    // 13 characters at 12 a line would leave 司 alone
    String name = "重庆璧山恒恒传动股份有限公司";
    List<String> lines = TextFlow.lines(name, font, 10, 10 * 13, 0);
    assertThat(lines).containsExactly("重庆璧山恒恒传动股份有限", "公司");
    for (int chars = 3; chars <= 14; chars++) {
      for (String text : List.of(name, name + "。", "一二三四五六七八九十一二三四五六七八九十一")) {
        List<String> ls = TextFlow.lines(text, font, 10, 10 * chars, 0);
        if (ls.size() > 1) {
          assertThat(ls).as("%d: %s", chars, ls).noneMatch(TitleLines::lone);
        }
      }
    }
  }

  @Test
  void aUnitWiderThanTheLineIsSplitAsTheLastResort() throws Exception {
    List<String> lines = TextFlow.lines("91500227FY8701058L", font, 16, 60, 0);
    assertThat(String.join("", lines)).isEqualTo("91500227FY8701058L");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(TextFlow.prepare("91500227FY8701058L", font, 16).count(60)).isEqualTo(lines.size());
  }

  @Test
  void aCharacterAfterASpaceIsNotLeftAloneEither() throws Exception {
    // the checklist's note: "…21号" then " 一）" alone on the next line
    String text = "逾期未报送则视为放弃申报（依据：渝经信发〔2024〕21号 一）";
    // from the width where the line before can give one more: the document number is never split
    int from = (int) Math.ceil(font.width("渝经信发〔2024〕21号 一）", 16));
    for (int width = from; width <= 400; width += 2) {
      List<String> lines = TextFlow.lines(text, font, 16, width, 0);
      assertThat(lines).as("%d: %s", width, lines).noneMatch(TitleLines::lone);
      assertThat(lines).as("%d: %s", width, lines).noneMatch(l -> l.startsWith(" "));
    }
  }
}

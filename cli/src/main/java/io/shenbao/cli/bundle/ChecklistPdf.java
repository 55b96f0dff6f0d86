package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * 报送清单: what to hand in, how many copies, which offices stamp it, to whom and by when, and whom to
 * call — from the rule set's submission level and the plan. Every instruction comes from the rule
 * set with the clause it rests on (the level's clause, its notes); what the tool adds on its own is
 * marked as its advice.
 */
final class ChecklistPdf {
  private ChecklistPdf() {}

  static PDDocument render(
      WorkspaceContents ws,
      Policy.Level level,
      int copies,
      FontSet fonts,
      LocalDate date,
      List<String> titlePhrases,
      String what,
      String print,
      List<String> attachments)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Policy policy = ws.policy();
    PDDocument doc = new PDDocument();
    try (PageWriter w = new PageWriter(doc, fonts)) {
      head(w, titlePhrases);
      String stamp = stampOf(level.submitter());
      List<Table.Row> rows = new ArrayList<>();
      rows.add(
          row(
              "1",
              what + "纸质版（" + print + "，份号 000001—" + String.format("%06d", copies) + "）",
              copies + " 份",
              "逐份" + stamp));
      rows.add(row("2", what + "PDF版（光盘刻录：本申报包全部文件）", copies + " 张光盘", stamp + "（随纸质版）"));
      if (Boolean.TRUE.equals(level.requiresRecommendation())) {
        rows.add(row("3", "推荐函（推荐函.pdf）", copies + " 份", "省级财政部门和中小企业主管部门盖章"));
      }
      int n = rows.size();
      for (String a : attachments) {
        rows.add(row(String.valueOf(++n), "证明材料：" + a + "（已并入" + what + "）", "随实施方案", "—"));
      }
      table(w, rows, true);
      line(w, "报送单位：" + level.submitter());
      line(w, "报送至：" + level.recipient());
      line(w, "截止时间：" + level.deadlineText() + "（北京时间）");
      line(w, "申报城市联系人：" + plan.contact().name() + "　" + plan.contact().phone());
      if (level.contact() != null && !level.contact().isBlank()) {
        line(w, "受理联系人：" + level.contact());
      }
      basis(w, level);
      line(w, "本工具建议（通知未作要求）：光盘盘面注明申报城市。");
      line(w, "规则集：" + policy.id() + "（" + policy.notice() + "）；生成日期：" + PlanPdf.chineseDate(date));
      end(w, doc, fonts);
    }
    return doc;
  }

  /** The top of a 报送清单: its name, then the title of what it lists ({@code titlePhrases}). */
  static void head(PageWriter w, List<String> titlePhrases) throws IOException, BundleException {
    w.newPage();
    w.title(List.of("报送清单"), "报送清单", Role.TITLE, Gb9704.TITLE_SIZE, Gb9704.TITLE_SIZE * 1.6f);
    w.title(titlePhrases, "标题", Role.BODY, Gb9704.BODY_SIZE, Gb9704.LINE);
    w.skip(Gb9704.LINE / 2);
  }

  /** The table of what is handed in: 序号, 材料, 份数, and with {@code stamps} 盖章要求. */
  static void table(PageWriter w, List<Table.Row> rows, boolean stamps)
      throws IOException, BundleException {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(new Table.Column("序号", Table.Kind.KEEP, PageWriter.Align.CENTER));
    columns.add(new Table.Column("材料", Table.Kind.TEXT, PageWriter.Align.LEFT));
    columns.add(new Table.Column("份数", Table.Kind.KEEP, PageWriter.Align.CENTER));
    if (stamps) {
      columns.add(new Table.Column("盖章要求", Table.Kind.TEXT, PageWriter.Align.LEFT));
    }
    w.table(new Table(columns, rows, Gb9704.TABLE_SIZE));
    w.skip(Gb9704.LINE / 2);
  }

  /** What the instructions rest on: the level's clause, then its notes with theirs. */
  static void basis(PageWriter w, Policy.Level level) throws IOException, BundleException {
    line(w, "以上各项依据：" + level.clause());
    for (Policy.Note note : level.noteList()) {
      line(w, note.text() + "（依据：" + note.clause() + "）");
    }
  }

  /** The last line (the fonts the documents are set in), and the pages numbered. */
  static void end(PageWriter w, PDDocument doc, FontSet fonts) throws IOException, BundleException {
    line(w, "字体：" + fonts.summary(Messages.of("zh")));
    w.endPage();
    PdfMeta.numberPages(doc, w.pages(), w.font(Role.BODY));
  }

  /** "加盖…公章" for the submitting offices: two offices ("A联合同级B") stamp both. */
  static String stampOf(String submitter) {
    if (submitter == null || submitter.isBlank()) {
      return "加盖公章";
    }
    String s = submitter.replace("联合同级", "、同级").replace("联合", "、");
    return "加盖" + s + "公章";
  }

  static Table.Row row(String... cells) {
    return new Table.Row(List.of(cells), false, false, "报送清单");
  }

  static void line(PageWriter w, String text) throws IOException, BundleException {
    w.paragraph(text, "报送清单", Role.BODY, Gb9704.BODY_SIZE, Gb9704.LINE, 0, PageWriter.Align.LEFT);
  }
}

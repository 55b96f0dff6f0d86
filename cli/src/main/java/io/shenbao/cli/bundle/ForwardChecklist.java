package io.shenbao.cli.bundle;

import static io.shenbao.cli.bundle.ChecklistPdf.line;
import static io.shenbao.cli.bundle.ChecklistPdf.row;

import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.policy.Policy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The province's 报送清单: the 推荐函, each candidate's 实施方案 and each first-batch city's 工作进展情况, in paper
 * (the print files, numbered copies) and PDF (the disc), who stamps them, to whom and by when —
 * from the rule set's national level, with the clause it rests on.
 */
final class ForwardChecklist {
  private ForwardChecklist() {}

  static PDDocument render(
      Forwarder.Request req,
      List<String> folders,
      Policy.Level level,
      int copies,
      FontSet fonts,
      LocalDate date,
      boolean draft)
      throws IOException, BundleException {
    PDDocument doc = new PDDocument();
    String stamp = ChecklistPdf.stampOf(level.submitter());
    String numbers = "份号 000001—" + PrintCopies.number(copies);
    try (PageWriter w = new PageWriter(doc, fonts)) {
      ChecklistPdf.head(w, List.of(req.province(), "报送两部门的", "中小企业数字化转型", "城市试点材料"));
      List<Table.Row> rows = new ArrayList<>();
      int n = 0;
      rows.add(
          row(
              String.valueOf(++n),
              draft ? "推荐函（推荐函.pdf 为草稿：签字盖章后以扫描件替换）" : "推荐函（推荐函.pdf）",
              copies + " 份"));
      List<WorkspaceContents> all = new ArrayList<>(req.cities());
      all.addAll(req.progress());
      for (int i = 0; i < all.size(); i++) {
        boolean city = i < req.cities().size();
        rows.add(
            row(
                String.valueOf(++n),
                Forwarder.shortName(all.get(i))
                    + (city ? "实施方案" : "工作进展情况")
                    + "纸质版（"
                    + folders.get(i)
                    + "/"
                    + (city ? Bundler.PRINT : Bundler.PROGRESS_PRINT)
                    + "，"
                    + numbers
                    + "）",
                copies + " 份"));
      }
      rows.add(row(String.valueOf(++n), "以上材料的PDF版（光盘刻录：本报送包全部文件）", copies + " 张光盘"));
      String sets =
          "打印："
              + Forwarder.ALL_PRINT
              + " 把以上纸质材料合为一个文件，依次为第 1 至第 "
              + copies
              + " 套，每套依次为"
              + (draft ? "" : "推荐函（盖章扫描件）、")
              + "各市实施方案"
              + (req.progress().isEmpty() ? "" : "、工作进展情况")
              + "，每份材料从正面开始；双面打印即得 "
              + copies
              + " 套。";
      String letter =
          draft ? "推荐函草稿不在其中：推荐函在 Word/WPS 中定稿、签字盖章后，把盖章的原件放在每套之首（扫描件用 --letter 替换草稿）。" : "";
      ChecklistPdf.table(w, rows, false);
      line(w, sets + letter);
      line(w, "盖章要求：以上纸质材料逐份、光盘随纸质版" + stamp + "。");
      line(w, "报送单位：" + level.submitter() + "（" + req.province() + "）");
      line(w, "报送至：" + level.recipient());
      line(w, "截止时间：" + level.deadlineText() + "（北京时间）");
      ChecklistPdf.basis(w, level);
      line(w, "本工具建议（通知未作要求）：光盘盘面注明报送省份。");
      line(w, "生成日期：" + PlanPdf.chineseDate(date));
      ChecklistPdf.end(w, doc, fonts);
    }
    return doc;
  }
}

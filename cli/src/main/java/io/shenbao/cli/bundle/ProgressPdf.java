package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * 工作进展情况: a first-batch city's report of progress against the plan the two ministries approved
 * (财办建〔2024〕23号 五), set as the plan is (GB/T 9704): a cover, 一、总体进展, 二、分行业指标完成情况 (per sub-industry
 * a table of target, achieved, share and, unless the rule set switches PROGRESS-LAG off, whether it
 * keeps the period's pace), 三、资金使用, 四、存在问题和下一步.
 */
final class ProgressPdf {
  static final String[] SECTION_TITLES = {"一、总体进展", "二、分行业指标完成情况", "三、资金使用", "四、存在问题和下一步"};

  private final WorkspaceContents ws;
  private final FontSet fonts;
  private final LocalDate date;

  ProgressPdf(WorkspaceContents ws, FontSet fonts, LocalDate date) {
    this.ws = ws;
    this.fonts = fonts;
    this.date = date;
  }

  /** The title's phrases: 四川省 / 成都市 / 中小企业数字化转型 / 城市试点工作进展情况. */
  static List<String> titlePhrases(WorkspaceContents ws) {
    List<String> out = new ArrayList<>(ws.cityTitlePlaces());
    out.add("中小企业数字化转型");
    out.add("城市试点工作进展情况");
    return out;
  }

  static String title(WorkspaceContents ws) {
    return String.join("", titlePhrases(ws));
  }

  /** Renders the report: the cover first, unnumbered; the other pages numbered. */
  PlanPdf.Rendered render() throws IOException, BundleException {
    Plan plan = ws.plan();
    Progress progress = ws.progress();
    PDDocument doc = new PDDocument();
    List<PdfMeta.Mark> marks = new ArrayList<>();
    try (PageWriter w = new PageWriter(doc, fonts)) {
      cover(w, plan, progress);
      marks.add(new PdfMeta.Mark("封面", w.page()));
      w.newPage();
      Progress.Narrative n = progress.narrative();
      section(w, marks, 0);
      text(w, n == null ? null : n.progress(), "narrative.progress");
      section(w, marks, 1);
      industries(w, plan, progress);
      section(w, marks, 2);
      funds(w, plan, progress);
      section(w, marks, 3);
      w.paragraph(
          List.of(new PageWriter.Span("（一）存在问题", Role.SUBHEADING)),
          "narrative.problems",
          Gb9704.BODY_SIZE,
          Gb9704.LINE,
          2);
      text(w, n == null ? null : n.problems(), "narrative.problems");
      w.paragraph(
          List.of(new PageWriter.Span("（二）下一步工作", Role.SUBHEADING)),
          "narrative.next_steps",
          Gb9704.BODY_SIZE,
          Gb9704.LINE,
          2);
      text(w, n == null ? null : n.nextSteps(), "narrative.next_steps");
      w.endPage();
      List<PDPage> numbered = new ArrayList<>();
      for (int i = 1; i < doc.getNumberOfPages(); i++) {
        numbered.add(doc.getPage(i));
      }
      PdfMeta.numberPages(doc, numbered, w.font(Role.BODY));
      return new PlanPdf.Rendered(doc, marks, List.copyOf(w.turned()), w.font(Role.BODY));
    }
  }

  private void cover(PageWriter w, Plan plan, Progress progress)
      throws IOException, BundleException {
    PlanPdf.cover(
        w,
        titlePhrases(ws),
        "试点城市：",
        plan,
        List.of(
            new PlanPdf.CoverLine("实施方案批复日期：", chinese(plan.approvedOn()), "approved_on"),
            new PlanPdf.CoverLine("数据截至：", chinese(progress.asOf()), "as_of")),
        date);
  }

  private static void section(PageWriter w, List<PdfMeta.Mark> marks, int i)
      throws IOException, BundleException {
    PlanPdf.heading(w, SECTION_TITLES[i], SECTION_TITLES[i]);
    marks.add(new PdfMeta.Mark(SECTION_TITLES[i], w.page()));
  }

  private static void text(PageWriter w, String text, String field)
      throws IOException, BundleException {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String para : PlanPdf.paragraphs(text)) {
      w.paragraph(PlanPdf.styled(para), field, Gb9704.BODY_SIZE, Gb9704.LINE, 2);
    }
  }

  /** Per sub-industry: target, achieved, share, and whether it keeps the period's pace. */
  private void industries(PageWriter w, Plan plan, Progress progress)
      throws IOException, BundleException {
    BigDecimal elapsed = ProgressFigures.elapsed(plan, progress, ws.policy());
    boolean pace = elapsed != null && ws.policy().severityFor("PROGRESS-LAG") != Severity.OFF;
    LocalDate approved = ProgressFigures.date(plan.approvedOn());
    if (pace) {
      w.body(
          "实施期自实施方案批复之日（"
              + ProgressFigures.chinese(approved)
              + "）起"
              + ProgressFigures.years(ws.policy())
              + "年，截至"
              + chinese(progress.asOf())
              + "已过 "
              + CellText.plain(elapsed)
              + "%（时间进度）。完成比例低于时间进度的指标标为“滞后”。",
          "as_of");
    }
    List<Industry> inds = plan.industryList();
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      Progress.IndustryProgress entry = ProgressFigures.entryFor(plan, progress, i);
      String field = "industries[" + i + "]";
      w.ensure(Gb9704.LINE * 4);
      w.paragraph(
          List.of(
              new PageWriter.Span(
                  "（" + chineseNumber(i + 1) + "）" + ind.keyIndustry() + "—" + ind.subIndustry(),
                  Role.SUBHEADING)),
          field,
          Gb9704.BODY_SIZE,
          Gb9704.LINE,
          2);
      List<Table.Column> columns = new ArrayList<>();
      columns.add(new Table.Column("指标", Table.Kind.TEXT, PageWriter.Align.LEFT));
      columns.add(new Table.Column("目标", Table.Kind.KEEP, PageWriter.Align.RIGHT));
      columns.add(new Table.Column("已完成", Table.Kind.KEEP, PageWriter.Align.RIGHT));
      columns.add(new Table.Column("完成比例", Table.Kind.KEEP, PageWriter.Align.RIGHT));
      if (pace) {
        columns.add(new Table.Column("进度", Table.Kind.KEEP, PageWriter.Align.CENTER));
      }
      Map<String, BigDecimal> targets = ind.targets().byKey();
      Map<String, BigDecimal> achieved =
          entry == null || entry.achieved() == null ? Map.of() : entry.achieved().byKey();
      List<Table.Row> rows = new ArrayList<>();
      for (Map.Entry<String, String> label : DataTable.targetLabels(ws.policy()).entrySet()) {
        BigDecimal t = targets.get(label.getKey());
        BigDecimal a = achieved.get(label.getKey());
        BigDecimal share = ProgressFigures.percent(a, t);
        List<String> cells = new ArrayList<>();
        cells.add(Policy.achieved(label.getValue()));
        cells.add(t == null ? "" : CellText.plain(t));
        cells.add(a == null ? "" : CellText.plain(a));
        cells.add(share == null ? "—" : CellText.plain(share) + "%");
        if (pace) {
          cells.add(share == null ? "—" : ProgressFigures.lags(t, a, elapsed) ? "滞后" : "正常");
        }
        rows.add(new Table.Row(cells, false, false, field + ".achieved." + label.getKey()));
      }
      w.table(new Table(columns, rows, Gb9704.TABLE_SIZE));
      w.skip(Gb9704.LINE / 2);
    }
  }

  /** Central funds: approved, received, spent, and what was spent by use and category. */
  private void funds(PageWriter w, Plan plan, Progress progress)
      throws IOException, BundleException {
    Progress.Funds f = progress.funds();
    BigDecimal total = plan.funding() == null ? null : plan.funding().centralTotal();
    BigDecimal received = f == null ? null : f.received();
    BigDecimal spent = BigDecimal.ZERO;
    List<Plan.FundingItem> items = f == null ? List.of() : f.spentList();
    for (Plan.FundingItem item : items) {
      if (item != null && item.amount() != null) {
        spent = spent.add(item.amount());
      }
    }
    w.body(
        "实施方案安排中央财政资金 "
            + money(total)
            + " 万元，截至"
            + chinese(progress.asOf())
            + "已到位 "
            + money(received)
            + " 万元（到位率 "
            + pct(received, total)
            + "），已支出 "
            + money(spent)
            + " 万元（支出率 "
            + pct(spent, received)
            + "，按已到位资金计）。",
        "funds");
    Map<String, String> names = ws.policy().fundingCategories().value();
    List<Table.Row> rows = new ArrayList<>();
    int n = 1;
    for (Plan.FundingItem item : items) {
      if (item == null) {
        continue;
      }
      String category = item.category() == null ? "" : item.category().trim();
      String shown = names == null ? null : names.get(category);
      rows.add(
          new Table.Row(
              List.of(
                  String.valueOf(n++),
                  nz(item.use()),
                  shown == null ? category : shown,
                  money(item.amount()),
                  pct(item.amount(), spent)),
              false,
              false,
              "funds.spent"));
    }
    rows.add(new Table.Row(List.of("", "合计", "", money(spent), "100%"), false, true, "funds"));
    w.table(
        new Table(
            List.of(
                new Table.Column("序号", Table.Kind.KEEP, PageWriter.Align.CENTER),
                new Table.Column("资金用途", Table.Kind.TEXT, PageWriter.Align.LEFT),
                new Table.Column("类别", Table.Kind.TEXT, PageWriter.Align.LEFT),
                new Table.Column("已支出（万元）", Table.Kind.KEEP, PageWriter.Align.RIGHT),
                new Table.Column("占已支出", Table.Kind.KEEP, PageWriter.Align.RIGHT)),
            rows,
            Gb9704.TABLE_SIZE));
    w.skip(Gb9704.LINE / 2);
  }

  private static String money(BigDecimal v) {
    return v == null ? "—" : CellText.plain(v);
  }

  private static String pct(BigDecimal part, BigDecimal whole) {
    BigDecimal p = ProgressFigures.percent(part, whole);
    return p == null ? "—" : CellText.plain(p) + "%";
  }

  private static String chinese(String iso) {
    LocalDate d = ProgressFigures.date(iso);
    return d == null ? nz(iso) : ProgressFigures.chinese(d);
  }

  private static String chineseNumber(int n) {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= 10 ? digits[n] : n < 20 ? "十" + digits[n - 10] : String.valueOf(n);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

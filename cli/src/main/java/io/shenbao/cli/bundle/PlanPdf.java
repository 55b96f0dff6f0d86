package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.Tier;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders the 实施方案 from the plan: cover, sections 一 to 六 (or the user's narrative PDF), the 主要数据表
 * (overall and per sub-industry, with yearly targets), the roster as a paginated table, and the
 * attachments, with page numbers and bookmarks. For print copies the cover carries the 份号 at the
 * top left of the type area.
 */
final class PlanPdf implements Closeable {

  private final WorkspaceContents ws;
  private final FontSet fonts;
  private final LocalDate date;
  private final PageImport imports;

  /**
   * @param imports carries the narrative's and the attachments' pages in
   */
  PlanPdf(WorkspaceContents ws, FontSet fonts, LocalDate date, PageImport imports) {
    this.ws = ws;
    this.fonts = fonts;
    this.date = date;
    this.imports = imports;
  }

  /**
   * The document's title as on the cover, as 附件1 writes it: 2024年XX省XX市…, the city named from the
   * rule set's administrative divisions (2024年河北省唐山市…, 2024年重庆市璧山区…).
   */
  static String title(WorkspaceContents ws) {
    return String.join("", titlePhrases(ws));
  }

  /**
   * The title's words as the phrases a line may break between (GB/T 9704 §7.3.3 keeps words whole):
   * 2024年 / 重庆市 / 璧山区 / 中小企业数字化转型 / 城市试点实施方案 — each place of the city a phrase.
   */
  static List<String> titlePhrases(WorkspaceContents ws) {
    return ws.policy().titlePhrases(ws.cityTitlePlaces());
  }

  /** A sub-industry's data-table heading: 分行业数据表： / 重点行业— / 细分行业. */
  static List<String> industryHeading(Industry ind) {
    return List.of("分行业数据表：", ind.keyIndustry() + "—", ind.subIndustry());
  }

  /** The dated line of the cover: 2024年5月10日. */
  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * The plan rendered once: its document (the cover first, unnumbered), its bookmarks, the pages
   * set landscape (横排) and the body font as loaded into the document.
   */
  record Rendered(PDDocument doc, List<PdfMeta.Mark> marks, List<PDPage> turned, PDFont body)
      implements Closeable {
    @Override
    public void close() throws IOException {
      doc.close();
    }
  }

  /** Renders the plan once; the electronic PDF and every print copy are made from it. */
  Rendered render() throws IOException, BundleException {
    Plan plan = ws.plan();
    PDDocument doc = new PDDocument();
    List<PdfMeta.Mark> marks = new ArrayList<>();
    List<PDPage> numbered = new ArrayList<>();
    try (PageWriter w = new PageWriter(doc, fonts)) {
      cover(w, plan);
      marks.add(new PdfMeta.Mark("封面", w.page()));
      if (plan.narrativePdf() != null && !plan.narrativePdf().isBlank()) {
        w.endPage();
        marks.add(
            new PdfMeta.Mark(
                "正文", imports.add(doc, ws.file(plan.narrativePdf()), plan.narrativePdf())));
        w.newPage();
      } else {
        w.newPage();
        sections(w, plan, marks);
      }
      other(w, plan, marks);
      dataTables(w, plan, marks);
      roster(w, marks);
      List<String> attachments = plan.attachmentList();
      for (String a : attachments) {
        w.endPage();
        PDPage first = imports.add(doc, ws.file(a), a);
        marks.add(new PdfMeta.Mark("证明材料：" + Path.of(a).getFileName(), first));
      }
      w.endPage();
      for (int i = 1; i < doc.getNumberOfPages(); i++) {
        numbered.add(doc.getPage(i));
      }
      PdfMeta.numberPages(doc, numbered, w.font(Role.BODY));
      return new Rendered(doc, marks, List.copyOf(w.turned()), w.font(Role.BODY));
    }
  }

  /**
   * What a print copy's cover adds to the rendered cover: the content that draws its 份号 at the top
   * left of the type area (GB/T 9704 §7.2.1), in the cover's own resources. Drawn (on a page that
   * shares the cover's resources and is never saved) before the document is saved, so that the
   * digits are in the embedded subset.
   */
  byte[] numberContent(Rendered r, String number) throws IOException, BundleException {
    return numberContent(r, fonts, number);
  }

  /** As {@link #numberContent(Rendered, String)} for any rendered document set in {@code fonts}. */
  static byte[] numberContent(Rendered r, FontSet fonts, String number)
      throws IOException, BundleException {
    fonts.requireGlyphs(number, Role.BODY, "份号");
    PDPage cover = r.doc().getPage(0);
    PDPage scratch = new PDPage(cover.getMediaBox());
    scratch.setResources(cover.getResources());
    try (PDPageContentStream cs = new PDPageContentStream(r.doc(), scratch)) {
      cs.beginText();
      cs.setFont(r.body(), Gb9704.BODY_SIZE);
      cs.newLineAtOffset(Gb9704.LEFT, Gb9704.TOP - Gb9704.BODY_SIZE);
      cs.showText(number);
      cs.endText();
    }
    try (InputStream in = scratch.getContents()) {
      return in.readAllBytes();
    }
  }

  private void cover(PageWriter w, Plan plan) throws IOException, BundleException {
    cover(w, titlePhrases(ws), "申报城市：", plan, List.of(), date);
  }

  /** A line of a cover: "标签：值", with the field it shows. */
  record CoverLine(String label, String value, String field) {}

  /**
   * A cover page: the title, the city (after {@code cityLabel}) and its industries, the {@code
   * more} lines, the contact, and the date low on the page.
   */
  static void cover(
      PageWriter w,
      List<String> titlePhrases,
      String cityLabel,
      Plan plan,
      List<CoverLine> more,
      LocalDate date)
      throws IOException, BundleException {
    w.newPage();
    w.moveTo(Gb9704.LINE * 4);
    w.title(titlePhrases, "标题", Role.TITLE, Gb9704.TITLE_SIZE, Gb9704.TITLE_SIZE * 1.6f);
    w.skip(Gb9704.LINE * 3);
    w.labelled(cityLabel, plan.city().name(), "city.name");
    List<Industry> inds = plan.industryList();
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      w.labelled(
          i == 0 ? "细分行业：" : "　　　　　",
          List.of(nz(ind.keyIndustry()) + "—", nz(ind.subIndustry())),
          "industries[" + i + "]");
    }
    for (CoverLine line : more) {
      w.labelled(line.label(), line.value(), line.field());
    }
    w.labelled("联系人及电话：", plan.contact().name() + "　" + plan.contact().phone(), "contact");
    w.moveDownTo(Gb9704.LINE * 18);
    w.paragraph(
        chineseDate(date),
        "日期",
        Role.BODY,
        Gb9704.BODY_SIZE,
        Gb9704.LINE,
        0,
        PageWriter.Align.CENTER);
  }

  private void sections(PageWriter w, Plan plan, List<PdfMeta.Mark> marks)
      throws IOException, BundleException {
    Plan.Sections s = plan.sections();
    String[] texts = {
      s.foundation(), s.workTargets(), s.implementation(), s.funding(), s.safeguards()
    };
    Policy p = ws.policy();
    for (int i = 0; i < Policy.SECTION_KEYS.size(); i++) {
      String key = Policy.SECTION_KEYS.get(i);
      String title = p.word(p.docs().sections(), key);
      heading(w, title, "sections." + key);
      marks.add(new PdfMeta.Mark(title, w.page()));
      for (String para : paragraphs(texts[i])) {
        w.paragraph(styled(para), "sections." + key, Gb9704.BODY_SIZE, Gb9704.LINE, 2);
      }
    }
  }

  /**
   * Paragraphs of a YAML text block: a blank line, a numbered line (一、（一）1.（1）①) or a line after
   * one that ends a sentence (。！？…, or ： before what it introduces) starts a new paragraph; other
   * line breaks — after a clause's ；too — are hard wraps of one paragraph and are joined.
   */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String raw : (Iterable<String>) text.lines()::iterator) {
      String line = raw.strip();
      boolean numbered = line.matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|（\\d+）|[①-⑳]).*");
      boolean ended = cur.length() > 0 && "。！？：…」』”)）".indexOf(cur.charAt(cur.length() - 1)) >= 0;
      if (line.isEmpty() || numbered || ended) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      }
      if (!line.isEmpty()) {
        if (cur.length() > 0 && isLatin(cur.charAt(cur.length() - 1)) && isLatin(line.charAt(0))) {
          cur.append(' ');
        }
        cur.append(line);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /**
   * A paragraph in the faces GB/T 9704 §7.3.3 gives its numbering: a lead "一、…。" in the heading
   * face (黑体), a lead "（一）…。" in the subheading face (楷体) — the lead running to its first 。 or the
   * paragraph's end — and everything else in the body face (仿宋).
   */
  static List<PageWriter.Span> styled(String para) {
    Role lead =
        para.matches("^[一二三四五六七八九十]+、.*")
            ? Role.HEADING
            : para.matches("^（[一二三四五六七八九十]+）.*") ? Role.SUBHEADING : null;
    if (lead == null) {
      return List.of(new PageWriter.Span(para, Role.BODY));
    }
    int end = para.indexOf('。');
    if (end < 0 || end == para.length() - 1) {
      return List.of(new PageWriter.Span(para, lead));
    }
    return List.of(
        new PageWriter.Span(para.substring(0, end + 1), lead),
        new PageWriter.Span(para.substring(end + 1), Role.BODY));
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  static void heading(PageWriter w, String text, String field) throws IOException, BundleException {
    w.ensure(Gb9704.LINE * 2);
    w.paragraph(text, field, Role.HEADING, Gb9704.BODY_SIZE, Gb9704.LINE, 2, PageWriter.Align.LEFT);
  }

  private void other(PageWriter w, Plan plan, List<PdfMeta.Mark> marks)
      throws IOException, BundleException {
    String other = ws.policy().word(ws.policy().docs().sections(), "other");
    heading(w, other, other);
    marks.add(new PdfMeta.Mark(other, w.page()));
    w.body("（一）试点细分行业规上工业中小企业名单，共 " + ws.rows().size() + " 家，见附表。", other);
    List<String> attachments = plan.attachmentList();
    if (!attachments.isEmpty()) {
      StringBuilder sb = new StringBuilder("（二）证明材料：");
      for (int i = 0; i < attachments.size(); i++) {
        String name =
            Path.of(attachments.get(i))
                .getFileName()
                .toString()
                .replaceFirst("\\.[Pp][Dd][Ff]$", "");
        sb.append(i + 1).append('.').append(name).append(i + 1 < attachments.size() ? "；" : "。");
      }
      sb.append("附后。");
      w.body(sb.toString(), "attachments");
    }
  }

  /**
   * An annex's first page: a new page (turned when its table is), its bookmark, the label (附, 附表)
   * and the centred title.
   */
  private static void annex(
      PageWriter w,
      List<PdfMeta.Mark> marks,
      String label,
      String title,
      String field,
      boolean turned)
      throws IOException, BundleException {
    w.newPage(turned);
    marks.add(new PdfMeta.Mark(title, w.page()));
    w.paragraph(
        label, field, Role.HEADING, Gb9704.BODY_SIZE, Gb9704.LINE, 0, PageWriter.Align.LEFT);
    w.title(List.of(title), field, Role.TITLE, Gb9704.TITLE_SIZE, Gb9704.TITLE_SIZE * 1.6f);
  }

  private void dataTables(PageWriter w, Plan plan, List<PdfMeta.Mark> marks)
      throws IOException, BundleException {
    annex(w, marks, "附", "实施方案主要数据表", "数据表", false);
    w.paragraph(
        "（总体数据表）",
        "数据表",
        Role.SUBHEADING,
        Gb9704.BODY_SIZE,
        Gb9704.LINE,
        0,
        PageWriter.Align.CENTER);
    w.table(table(DataTable.overall(plan.industryList(), ws.policy()), "总体数据表"));
    int years = ws.policy().implementationYears().value();
    List<Industry> inds = plan.industryList();
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      w.newPage(false);
      List<String> heading = industryHeading(ind);
      marks.add(new PdfMeta.Mark(String.join("", heading), w.page()));
      w.title(heading, "industries[" + i + "]", Role.HEADING, Gb9704.BODY_SIZE, Gb9704.LINE);
      w.table(table(DataTable.forIndustry(ind, ws.policy()), "industries[" + i + "]"));
      w.skip(Gb9704.LINE / 2);
      w.paragraph(
          "分年度目标",
          "industries[" + i + "].yearly",
          Role.SUBHEADING,
          Gb9704.BODY_SIZE,
          Gb9704.LINE,
          0,
          PageWriter.Align.CENTER);
      List<String> header = DataTable.yearlyHeader(ind, years);
      List<Table.Column> columns = new ArrayList<>();
      columns.add(new Table.Column(header.get(0), Table.Kind.TEXT, PageWriter.Align.LEFT));
      for (String h : header.subList(1, header.size())) {
        columns.add(new Table.Column(h, Table.Kind.KEEP, PageWriter.Align.CENTER));
      }
      List<Table.Row> rows = new ArrayList<>();
      for (List<String> r : DataTable.yearly(ind, years, ws.policy())) {
        rows.add(new Table.Row(r, false, false, "industries[" + i + "].yearly"));
      }
      w.table(new Table(columns, rows, Gb9704.TABLE_SIZE));
    }
  }

  private static Table table(List<DataTable.Line> lines, String field) {
    List<Table.Row> rows = new ArrayList<>();
    for (DataTable.Line l : lines) {
      rows.add(
          l.group()
              ? new Table.Row(List.of(l.label()), true, true, field)
              : new Table.Row(List.of(l.label(), l.value()), false, false, field));
    }
    return new Table(
        List.of(
            new Table.Column("项目", Table.Kind.TEXT, PageWriter.Align.LEFT),
            new Table.Column("数据", Table.Kind.TEXT, PageWriter.Align.LEFT)),
        rows,
        Gb9704.TABLE_SIZE);
  }

  /** The roster as a table at 五号, turned (横排) when it cannot be set well portrait. */
  private void roster(PageWriter w, List<PdfMeta.Mark> marks) throws IOException, BundleException {
    boolean several = ws.plan().industryList().size() > 1;
    List<Table.Column> columns = new ArrayList<>();
    List<String> headers = ws.policy().rosterHeaders();
    columns.add(new Table.Column("序号", Table.Kind.KEEP, PageWriter.Align.CENTER));
    columns.add(new Table.Column(headers.get(0), Table.Kind.TEXT, PageWriter.Align.LEFT));
    columns.add(new Table.Column(headers.get(1), Table.Kind.KEEP, PageWriter.Align.CENTER));
    columns.add(new Table.Column(headers.get(2), Table.Kind.KEEP, PageWriter.Align.RIGHT));
    columns.add(new Table.Column(headers.get(3), Table.Kind.KEEP, PageWriter.Align.CENTER));
    if (several) {
      columns.add(new Table.Column(headers.get(4), Table.Kind.TEXT, PageWriter.Align.LEFT));
    }
    List<Table.Row> rows = new ArrayList<>();
    int n = 1;
    for (RosterRow r : ws.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(String.valueOf(n++));
      cells.add(nz(r.name()));
      cells.add(nz(r.code()));
      cells.add(r.revenue() == null ? "" : CellText.plain(r.revenue()));
      cells.add(tier(r.tier()));
      if (several) {
        cells.add(nz(r.subIndustry()));
      }
      rows.add(
          new Table.Row(cells, false, false, "名单第 " + r.row() + " 行（" + r.sheet().file() + "）"));
    }
    Table.Prepared table = w.prepare(new Table(columns, rows, Gb9704.SMALL_SIZE));
    annex(w, marks, "附表", "试点细分行业规上工业中小企业名单", "名单", PageWriter.wantsLandscape(table));
    w.table(table);
  }

  static String tier(Tier t) {
    if (t == Tier.LITTLE_GIANT) {
      return "小巨人";
    }
    return t == Tier.SPECIALIZED ? "专精特新" : "否";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() throws IOException {
    imports.close();
  }
}

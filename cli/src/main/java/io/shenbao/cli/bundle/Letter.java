package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.FontSet.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The draft of a province's 推荐函 (财办建〔2024〕23号 五: the province's finance department, jointly with
 * its SME department, sends the two ministries a 推荐函 with the chosen cities' plans): addressed to
 * the recipient of the rule set's national level, naming the province, the cities (推荐排名不分先后 where
 * there are several), the first-batch cities whose progress reports go with it, the signatories and
 * the date. Written as a Word document to edit and as a PDF; the signed and stamped scan replaces
 * it ({@code forward --letter}).
 *
 * @param province the province, as the divisions name it (四川省)
 * @param recipient to whom (财政部、工业和信息化部)
 * @param notice the notice it answers, as its text names it
 * @param cities the candidate cities, in the order given
 * @param plans the title of each candidate's plan, in the same order
 * @param firstBatch the first-batch cities whose progress reports go with it
 * @param reports the title of each first-batch city's progress report
 * @param signatories the signing offices, finance first
 * @param date the letter's date
 */
record Letter(
    String province,
    String recipient,
    String notice,
    List<String> cities,
    List<String> plans,
    List<String> firstBatch,
    List<String> reports,
    List<String> signatories,
    LocalDate date) {

  /** The notice as it names itself (财办建〔2024〕23号, quoted by 渝经信发〔2024〕21号). */
  static final String NOTICE_2024 = "《财政部办公厅 工业和信息化部办公厅关于做好2024年中小企业数字化转型城市试点工作的通知》（财办建〔2024〕23号）";

  /** The title: 四川省关于推荐2024年中小企业数字化转型城市试点的函. */
  List<String> titlePhrases() {
    return List.of(province, "关于推荐2024年", "中小企业数字化转型", "城市试点的函");
  }

  /** The paragraphs after the addressee, before the attachments. */
  List<String> body() {
    List<String> out = new ArrayList<>();
    String names = String.join("、", cities);
    StringBuilder first =
        new StringBuilder("根据")
            .append(notice)
            .append("要求，经")
            .append(province)
            .append("财政部门联合同级中小企业主管部门择优选定，现推荐")
            .append(names)
            .append("申报2024年中小企业数字化转型城市试点");
    if (cities.size() > 1) {
      first.append("（推荐排名不分先后）");
    }
    first.append("，随函报送").append(cities.size() > 1 ? "各城市" : "").append("试点实施方案。");
    out.add(first.toString());
    if (!reports.isEmpty()) {
      out.add("同时，报送已纳入首批试点范围的" + String.join("、", firstBatch) + "对照两部门批复的实施方案编写的工作进展情况。");
    }
    out.add("特此函告。");
    return out;
  }

  /** The attachments, numbered: 1. the plans, then the progress reports. */
  List<String> attachments() {
    List<String> all = new ArrayList<>(plans);
    all.addAll(reports);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      out.add((i + 1) + "．" + all.get(i));
    }
    return out;
  }

  /**
   * The letter as a Word document (.docx): 仿宋 三号 body, 小标宋 二号 title; dated {@code time} (the
   * package's date on its rule set's clock) in its properties and zip entries, so the same letter
   * gives the same file.
   */
  byte[] docx(ZonedDateTime time) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      para(doc, String.join("", titlePhrases()), "方正小标宋简体", 22, ParagraphAlignment.CENTER, 0);
      para(doc, "", "仿宋_GB2312", 16, ParagraphAlignment.LEFT, 0);
      para(doc, recipient + "：", "仿宋_GB2312", 16, ParagraphAlignment.LEFT, 0);
      for (String p : body()) {
        para(doc, p, "仿宋_GB2312", 16, ParagraphAlignment.BOTH, 2);
      }
      para(doc, "", "仿宋_GB2312", 16, ParagraphAlignment.LEFT, 0);
      List<String> att = attachments();
      for (int i = 0; i < att.size(); i++) {
        para(
            doc,
            (i == 0 ? "附件：" : "　　　") + att.get(i),
            "仿宋_GB2312",
            16,
            ParagraphAlignment.LEFT,
            2);
      }
      para(doc, "", "仿宋_GB2312", 16, ParagraphAlignment.LEFT, 0);
      for (String s : signatories) {
        para(doc, s + "（盖章）", "仿宋_GB2312", 16, ParagraphAlignment.RIGHT, 0);
      }
      para(doc, PlanPdf.chineseDate(date), "仿宋_GB2312", 16, ParagraphAlignment.RIGHT, 0);
      Date d = Date.from(time.toInstant());
      var core = doc.getProperties().getCoreProperties();
      core.setCreated(Optional.of(d));
      core.setModified(Optional.of(d));
      core.setCreator("shenbao");
      core.setTitle(String.join("", titlePhrases()));
      doc.write(out);
      return DeterministicZip.normalise(out.toByteArray(), time.toLocalDateTime());
    }
  }

  private static void para(
      XWPFDocument doc, String text, String font, int size, ParagraphAlignment align, int indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    if (indent > 0) {
      p.setFirstLineIndent(indent * size * 20);
    }
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    r.setFontFamily(font);
    r.setFontSize(size);
    r.setText(text);
  }

  /** The letter as a PDF, set as the plan is (GB/T 9704). */
  PDDocument pdf(FontSet fonts) throws IOException, BundleException {
    PDDocument doc = new PDDocument();
    try (PageWriter w = new PageWriter(doc, fonts)) {
      w.newPage();
      w.title(titlePhrases(), "推荐函", Role.TITLE, Gb9704.TITLE_SIZE, Gb9704.TITLE_SIZE * 1.6f);
      w.skip(Gb9704.LINE);
      line(w, recipient + "：", PageWriter.Align.LEFT, 0);
      for (String p : body()) {
        line(w, p, PageWriter.Align.LEFT, 2);
      }
      w.skip(Gb9704.LINE);
      List<String> att = attachments();
      for (int i = 0; i < att.size(); i++) {
        w.ensure(Gb9704.LINE * 2); // an attachment's title kept on one page
        w.paragraph(
            (i == 0 ? "附件：" : "") + att.get(i),
            "推荐函",
            Role.BODY,
            Gb9704.BODY_SIZE,
            Gb9704.LINE,
            i == 0 ? 2 * Gb9704.BODY_SIZE : 5 * Gb9704.BODY_SIZE,
            5 * Gb9704.BODY_SIZE,
            PageWriter.Align.LEFT);
      }
      w.skip(Gb9704.LINE * 2);
      for (String s : signatories) {
        line(w, s + "（盖章）", PageWriter.Align.RIGHT, 0);
      }
      line(w, PlanPdf.chineseDate(date), PageWriter.Align.RIGHT, 0);
      w.endPage();
      PdfMeta.numberPages(doc, w.pages(), w.font(Role.BODY));
    }
    return doc;
  }

  private static void line(PageWriter w, String text, PageWriter.Align align, int indent)
      throws IOException, BundleException {
    w.paragraph(text, "推荐函", Role.BODY, Gb9704.BODY_SIZE, Gb9704.LINE, indent, align);
  }
}

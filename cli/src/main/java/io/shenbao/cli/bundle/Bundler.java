package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.report.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Builds the submission package of one validated workspace: a BagIt bag whose {@code data/} holds
 * the electronic 实施方案.pdf (PDF/A-2b), the data-table and roster workbooks, the attachments, the 推荐函
 * at national level, and {@code 打印/} with the N numbered print copies and the 报送清单. It is written
 * into the staging folder of a claimed {@link BundleTarget}, which puts folder and zip in place
 * together at the end; every file goes through the {@link Faults} seam.
 */
public final class Bundler {
  /**
   * What was built.
   *
   * @param out the bundle folder
   * @param zip the zip, or null
   * @param copies how many print copies
   * @param files the payload files, relative to {@code data/}
   */
  public record Result(Path out, Path zip, int copies, List<String> files) {}

  static final String ELECTRONIC = "实施方案.pdf";
  static final String DATA_TABLE = "实施方案主要数据表.xlsx";
  static final String ROSTER = "规上工业中小企业名单.xlsx";
  static final String LETTER = "推荐函.pdf";
  static final String PRINT = "打印/实施方案-打印版.pdf";
  static final String CHECKLIST = "打印/报送清单.pdf";

  private Bundler() {}

  /** The package's default folder: beside the workspace, named after it. */
  public static Path defaultOut(Path workspaceDir) {
    Path abs = workspaceDir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + "-申报包");
  }

  /**
   * Writes the package of {@code ws} into the claimed {@code target}: the bag and zip are built in
   * its staging folder and committed together at the end.
   *
   * @param copies the number of print copies, or null for the rule set's
   * @param date the instant stamped into the files (cover date, metadata, zip times)
   */
  public static Result build(
      WorkspaceContents ws, FontSet fonts, Integer copies, Instant date, BundleTarget target)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Policy policy = ws.policy();
    Policy.Level level = policy.level(plan.submission().level().trim());
    int n = copies != null ? copies : level.copies();
    if (n < 1 || n > 999) {
      throw new BundleException("copies", false, String.valueOf(n));
    }
    Faults faults = target.faults();
    LocalDate day = date.atZone(ZoneOffset.ofHours(8)).toLocalDate();
    LocalDateTime zipTime = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
    Path bag = target.stage();
    readable(bag);
    List<String> files =
        writePayload(ws, fonts, level, n, day, date, bag.resolve("data"), zipTime, faults);
    faults.reached(Stage.PAYLOAD);
    Bag.write(bag, bagInfo(ws, level, n, day), faults);
    faults.reached(Stage.BAG);
    if (target.zip() != null) {
      Path staged = target.stagedZip();
      Writes.create(
          staged,
          faults,
          os -> DeterministicZip.zipFolder(bag, bag.getFileName().toString(), os, zipTime));
      Writes.readable(staged);
    }
    faults.reached(Stage.ZIP);
    target.commit();
    return new Result(target.out(), target.zip(), n, files);
  }

  private static List<String> writePayload(
      WorkspaceContents ws,
      FontSet fonts,
      Policy.Level level,
      int copies,
      LocalDate day,
      Instant date,
      Path data,
      LocalDateTime zipTime,
      Faults faults)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Files.createDirectories(data.resolve("打印"));
    List<String> files = new ArrayList<>();
    String title = PlanPdf.title(ws);
    try (PlanPdf pdf = new PlanPdf(ws, fonts, day)) {
      try (PDDocument doc = pdf.render(null)) {
        PdfMeta.apply(doc, title, date, "electronic");
        Writes.create(data.resolve(ELECTRONIC), faults, doc::save);
      }
      files.add(ELECTRONIC);
      faults.reached(Stage.PAYLOAD_STARTED);
      writePrintCopies(pdf, title, copies, date, data.resolve(PRINT), faults);
    }
    files.add(PRINT);
    Writes.write(data.resolve(DATA_TABLE), Workbooks.dataTable(ws, zipTime), faults);
    files.add(DATA_TABLE);
    Writes.write(data.resolve(ROSTER), Workbooks.roster(ws, zipTime), faults);
    files.add(ROSTER);
    List<String> attachmentNames = new ArrayList<>();
    for (String a : plan.attachmentList()) {
      String rel = a.replace('\\', '/');
      String target = rel.startsWith("证明材料/") ? rel : "证明材料/" + rel;
      Path dest = data.resolve(target);
      Files.createDirectories(dest.getParent());
      Writes.copy(ws.file(a), dest, faults);
      files.add(target);
      attachmentNames.add(Path.of(a).getFileName().toString());
    }
    if (Boolean.TRUE.equals(level.requiresRecommendation())
        && plan.recommendationLetter() != null) {
      Writes.copy(ws.file(plan.recommendationLetter()), data.resolve(LETTER), faults);
      files.add(LETTER);
    }
    try (PDDocument list = ChecklistPdf.render(ws, level, copies, fonts, day, attachmentNames)) {
      PdfMeta.apply(list, "报送清单：" + title, date, "checklist");
      Writes.create(data.resolve(CHECKLIST), faults, list::save);
    }
    files.add(CHECKLIST);
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** N copies in one file, each starting on an odd page with its 份号, one bookmark per copy. */
  private static void writePrintCopies(
      PlanPdf pdf, String title, int copies, Instant date, Path target, Faults faults)
      throws IOException, BundleException {
    PDFMergerUtility merger = new PDFMergerUtility();
    try (PDDocument all = new PDDocument()) {
      List<PdfMeta.Mark> marks = new ArrayList<>();
      for (int i = 1; i <= copies; i++) {
        String number = String.format("%06d", i);
        int first = all.getNumberOfPages();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument copy = pdf.render(number)) {
          if (copy.getNumberOfPages() % 2 == 1) {
            copy.addPage(new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H)));
          }
          copy.getDocumentCatalog().setDocumentOutline(null);
          PdfMeta.fixId(copy, number);
          copy.save(bytes);
        }
        try (PDDocument reloaded = org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray())) {
          merger.appendDocument(all, reloaded);
        }
        marks.add(new PdfMeta.Mark("第" + i + "份（份号 " + number + "）", all.getPage(first)));
      }
      PdfMeta.outline(all, marks);
      var info = all.getDocumentInformation();
      info.setTitle(title + "（打印版，一式" + copies + "份）");
      info.setProducer("shenbao " + Version.VERSION);
      var cal = java.util.GregorianCalendar.from(date.atZone(ZoneOffset.ofHours(8)));
      info.setCreationDate(cal);
      info.setModificationDate(cal);
      all.getDocumentCatalog().setLanguage("zh-CN");
      PdfMeta.fixId(all, title + "|print|" + copies + "|" + date);
      Writes.create(target, faults, all::save);
    }
  }

  private static Map<String, String> bagInfo(
      WorkspaceContents ws, Policy.Level level, int copies, LocalDate day) {
    Plan plan = ws.plan();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", plan.city().name());
    info.put("Contact-Name", plan.contact().name());
    info.put("Contact-Phone", plan.contact().phone());
    info.put("External-Description", PlanPdf.title(ws));
    info.put("Bagging-Date", day.toString());
    info.put("External-Identifier", ws.policy().id() + "/" + plan.city().name() + "/" + day);
    info.put("Bag-Count", "1 of 1");
    info.put("Shenbao-Policy", ws.policy().id());
    info.put("Shenbao-Submission-Level", plan.submission().level().trim());
    info.put("Shenbao-Copies", String.valueOf(copies));
    info.put("Shenbao-Recipient", level.recipient());
    info.put("Shenbao-Deadline", level.deadline());
    info.put("Shenbao-Tool-Version", Version.VERSION);
    return info;
  }

  /** A temporary folder is private (rwx------); the bundle is an ordinary folder (rwxr-xr-x). */
  private static void readable(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}

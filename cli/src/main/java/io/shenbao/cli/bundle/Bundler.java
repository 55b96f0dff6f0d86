package io.shenbao.cli.bundle;

import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.report.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Builds the submission package of one validated workspace: a BagIt bag whose {@code data/} holds
 * the electronic 实施方案.pdf (PDF/A-2b), the data-table and roster workbooks, the attachments, the 推荐函
 * at national level, and {@code 打印/} with the N numbered print copies and the 报送清单. The bag is
 * written to a temporary folder next to the target and moved into place at the end, so an
 * interrupted run leaves no half bundle.
 */
public final class Bundler {
  /**
   * How to build.
   *
   * @param out the bundle folder
   * @param copies the number of print copies, or null for the rule set's
   * @param zip also write {@code <out>.zip}
   * @param force replace an existing bundle
   * @param date the instant stamped into the files (cover date, metadata, zip times)
   */
  public record Options(Path out, Integer copies, boolean zip, boolean force, Instant date) {}

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

  public static Result build(WorkspaceContents ws, FontSet fonts, Options o)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Policy policy = ws.policy();
    Policy.Level level = policy.level(plan.submission().level().trim());
    int copies = o.copies() != null ? o.copies() : level.copies();
    if (copies < 1 || copies > 999) {
      throw new BundleException("copies", false, String.valueOf(copies));
    }
    Path out = o.out().toAbsolutePath().normalize();
    if (Files.exists(out) && !o.force()) {
      throw new BundleException("exists", false, out.toString());
    }
    Files.createDirectories(out.getParent());
    removeStale(out);
    LocalDate day = o.date().atZone(ZoneOffset.ofHours(8)).toLocalDate();
    LocalDateTime zipTime = LocalDateTime.ofInstant(o.date(), ZoneOffset.UTC);
    Path tmp = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".tmp-");
    try {
      readable(tmp);
      List<String> files =
          writePayload(ws, fonts, level, copies, day, o.date(), tmp.resolve("data"), zipTime);
      Bag.write(tmp, bagInfo(ws, level, copies, day));
      replace(tmp, out);
      Path zip = null;
      if (o.zip()) {
        zip = out.resolveSibling(out.getFileName() + ".zip");
        Path zipTmp =
            Files.createTempFile(out.getParent(), "." + out.getFileName() + ".zip-", ".tmp");
        try {
          DeterministicZip.zipFolder(out, out.getFileName().toString(), zipTmp, zipTime);
          move(zipTmp, zip);
        } finally {
          Files.deleteIfExists(zipTmp);
        }
      }
      return new Result(out, zip, copies, files);
    } finally {
      deleteTree(tmp);
    }
  }

  private static List<String> writePayload(
      WorkspaceContents ws,
      FontSet fonts,
      Policy.Level level,
      int copies,
      LocalDate day,
      Instant date,
      Path data,
      LocalDateTime zipTime)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Files.createDirectories(data.resolve("打印"));
    List<String> files = new ArrayList<>();
    String title = PlanPdf.title(ws);
    try (PlanPdf pdf = new PlanPdf(ws, fonts, day)) {
      try (PDDocument doc = pdf.render(null)) {
        PdfMeta.apply(doc, title, date, "electronic");
        doc.save(data.resolve(ELECTRONIC).toFile());
      }
      files.add(ELECTRONIC);
      writePrintCopies(pdf, title, copies, date, data.resolve(PRINT));
    }
    files.add(PRINT);
    Files.write(data.resolve(DATA_TABLE), Workbooks.dataTable(ws, zipTime));
    files.add(DATA_TABLE);
    Files.write(data.resolve(ROSTER), Workbooks.roster(ws, zipTime));
    files.add(ROSTER);
    List<String> attachmentNames = new ArrayList<>();
    for (String a : plan.attachmentList()) {
      String rel = a.replace('\\', '/');
      String target = rel.startsWith("证明材料/") ? rel : "证明材料/" + rel;
      Path dest = data.resolve(target);
      Files.createDirectories(dest.getParent());
      Files.copy(ws.file(a), dest);
      files.add(target);
      attachmentNames.add(Path.of(a).getFileName().toString());
    }
    if (Boolean.TRUE.equals(level.requiresRecommendation())
        && plan.recommendationLetter() != null) {
      Files.copy(ws.file(plan.recommendationLetter()), data.resolve(LETTER));
      files.add(LETTER);
    }
    try (PDDocument list = ChecklistPdf.render(ws, level, copies, fonts, day, attachmentNames)) {
      PdfMeta.apply(list, "报送清单：" + title, date, "checklist");
      list.save(data.resolve(CHECKLIST).toFile());
    }
    files.add(CHECKLIST);
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** N copies in one file, each starting on an odd page with its 份号, one bookmark per copy. */
  private static void writePrintCopies(
      PlanPdf pdf, String title, int copies, Instant date, Path target)
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
      all.save(target.toFile());
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

  /** Moves the finished bag into place; an old bag (with --force) is removed only afterwards. */
  private static void replace(Path tmp, Path out) throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old = out.resolveSibling("." + out.getFileName() + ".old-" + System.nanoTime());
      Files.move(out, old);
    }
    try {
      move(tmp, out);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, out);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Temporary folders left by a run that was killed before it could clean up. */
  private static void removeStale(Path out) throws IOException {
    String prefix = "." + out.getFileName() + ".";
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      for (Path p : siblings.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith(prefix + "tmp-")
            || n.startsWith(prefix + "zip-")
            || n.startsWith(prefix + "old-")) {
          deleteTree(p);
        }
      }
    }
  }

  /** A temporary folder is private (rwx------); the bundle is an ordinary folder (rwxr-xr-x). */
  private static void readable(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}

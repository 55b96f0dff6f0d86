package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.formats.PdfaCheck;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.report.Version;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Builds the submission package of one validated workspace: a BagIt bag whose {@code data/} holds
 * the electronic 实施方案.pdf (PDF/A-2b), the data-table and roster workbooks, the attachments, the 推荐函
 * at national level, and {@code 打印/} with the N numbered print copies and the 报送清单. It is written
 * into the staging folder of a claimed {@link BundleTarget}, which puts folder and zip in place
 * together at the end; every file goes through the {@link Faults} seam.
 */
public final class Bundler {
  /**
   * What was built: a city's package, or the province's ({@link Forwarder}).
   *
   * @param out the bundle folder
   * @param zip the zip, or null
   * @param copies how many print copies
   * @param files the payload files, relative to {@code data/}
   * @param pdfa whether 实施方案.pdf (the province's: every document) claims PDF/A-2b
   * @param pages the merged pages that could not be carried over as they are (drawn as images when
   *     {@code pdfa}, else kept), one entry per file, each named from {@code data/}
   */
  public record Result(
      Path out, Path zip, int copies, List<String> files, boolean pdfa, List<PdfaPages> pages) {}

  /**
   * Pages of one merged file that could not be carried over as they are, and why.
   *
   * @param file the file as the plan names it
   * @param pages 1-based page numbers, in order
   * @param why what keeps them from PDF/A-2b, over all these pages
   */
  public record PdfaPages(
      String file, List<Integer> pages, Map<PdfaCheck.Blocker, SortedSet<String>> why) {}

  /**
   * What a payload is: the files written (relative to its folder) and what happened to the pages
   * merged into its documents.
   *
   * @param files the files written
   * @param pdfa whether its documents claim PDF/A-2b
   * @param pages the merged pages drawn as images (or kept, without PDF/A), one entry per file
   */
  record Payload(List<String> files, boolean pdfa, List<PdfaPages> pages) {}

  /**
   * A document of a payload and its paper side.
   *
   * @param what what it is, as 报送清单 names it (实施方案, 工作进展情况)
   * @param electronic the electronic PDF
   * @param print its print file
   * @param title its title
   * @param titlePhrases its title in the phrases a line may break between
   * @param attachments the names of the files merged into it, for 报送清单
   */
  private record Doc(
      String what,
      String electronic,
      String print,
      String title,
      List<String> titlePhrases,
      List<String> attachments) {}

  /**
   * What a workspace's payload is written with.
   *
   * @param ws the validated workspace
   * @param fonts the faces the documents are set in
   * @param level its plan's submission level
   * @param copies the number of print copies
   * @param date the instant stamped into the files
   * @param data the folder the payload is written into
   * @param faults the fault-injection seam
   */
  private record Job(
      WorkspaceContents ws,
      FontSet fonts,
      Policy.Level level,
      int copies,
      Instant date,
      Path data,
      Faults faults) {
    /** The cover's day, in the zone of the rule set. */
    LocalDate day() {
      return date.atZone(ws.policy().zone()).toLocalDate();
    }

    /**
     * The time of the zip's entries and the workbooks' parts: the rule set's clock (Beijing's),
     * which is what an unzip or Explorer shows (a zip entry's time has no zone), the same on any
     * machine.
     */
    LocalDateTime zipTime() {
      return LocalDateTime.ofInstant(date, ws.policy().zone());
    }

    /** The payload: a progress workspace's, or a plan's. */
    Payload write(boolean rasterize) throws IOException, BundleException {
      return ws.progress() != null ? writeProgressPayload(this) : writePayload(this, rasterize);
    }
  }

  static final String ELECTRONIC = "实施方案.pdf";
  static final String DATA_TABLE = "实施方案主要数据表.xlsx";
  static final String ROSTER = "规上工业中小企业名单.xlsx";
  static final String LETTER = "推荐函.pdf";
  static final String PRINT = "打印/实施方案-打印版.pdf";
  static final String CHECKLIST = "打印/报送清单.pdf";
  static final String PROGRESS = "工作进展情况.pdf";
  static final String PROGRESS_PRINT = "打印/工作进展情况-打印版.pdf";
  static final String PROGRESS_FILE = "progress.yaml";

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
    return build(ws, fonts, copies, date, true, target);
  }

  /**
   * As {@link #build(WorkspaceContents, FontSet, Integer, Instant, BundleTarget)}; with {@code
   * rasterize} false the merged pages that cannot stay PDF/A-2b are kept as they are (not drawn as
   * 300 dpi images) and 实施方案.pdf does not claim PDF/A.
   */
  public static Result build(
      WorkspaceContents ws,
      FontSet fonts,
      Integer copies,
      Instant date,
      boolean rasterize,
      BundleTarget target)
      throws IOException, BundleException {
    Plan plan = ws.plan();
    Policy policy = ws.policy();
    Policy.Level level = policy.level(plan.submission().level().trim());
    int n = copies != null ? copies : level.copies();
    if (n < 1 || n > 999) {
      throw new BundleException("copies", false, String.valueOf(n));
    }
    Faults faults = target.faults();
    Path bag = target.stage();
    readable(bag);
    Job job = new Job(ws, fonts, level, n, date, bag.resolve("data"), faults);
    Payload payload = job.write(rasterize);
    faults.reached(Stage.PAYLOAD);
    Map<String, String> info = bagInfo(ws, level, n, job.day(), fonts);
    pdfaInfo(info, payload.pdfa(), payload.pages());
    seal(target, bag, info, job.zipTime(), faults);
    return new Result(
        target.out(), target.zip(), n, payload.files(), payload.pdfa(), payload.pages());
  }

  /**
   * Writes the bag's tag files, zips the bag when asked, and puts the package in place: the last
   * steps of a city's package and of the province's, each stage reported to {@code faults}.
   */
  static void seal(
      BundleTarget target, Path bag, Map<String, String> info, LocalDateTime zipTime, Faults faults)
      throws IOException, BundleException {
    Bag.write(bag, info, faults);
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
  }

  /**
   * Writes one validated workspace's payload (its documents, workbooks, plan and 报送清单) into {@code
   * dir}, at its plan's level and copies: a city's folder in a province's package ({@link
   * Forwarder}). Returns the files written, relative to {@code dir}, and what happened to the
   * merged pages.
   */
  static Payload payload(
      WorkspaceContents ws, FontSet fonts, Instant date, boolean rasterize, Path dir, Faults faults)
      throws IOException, BundleException {
    Policy.Level level = ws.policy().level(ws.plan().submission().level().trim());
    return new Job(ws, fonts, level, level.copies(), date, dir, faults).write(rasterize);
  }

  private static Payload writePayload(Job job, boolean rasterize)
      throws IOException, BundleException {
    WorkspaceContents ws = job.ws();
    Path data = job.data();
    Faults faults = job.faults();
    LocalDateTime zipTime = job.zipTime();
    Files.createDirectories(data.resolve("打印"));
    // the workbooks are made on a second core while the PDFs are set on this one, and written
    // in their turn
    FutureTask<byte[][]> books =
        new FutureTask<>(
            () -> new byte[][] {Workbooks.dataTable(ws, zipTime), Workbooks.roster(ws, zipTime)});
    Thread booksThread = new Thread(books, "shenbao-workbooks");
    booksThread.setDaemon(true);
    booksThread.start();
    try {
      List<String> files = new ArrayList<>();
      Plan plan = ws.plan();
      List<String> attachmentNames = new ArrayList<>();
      for (String a : plan.attachmentList()) {
        attachmentNames.add(Path.of(a).getFileName().toString());
      }
      Doc doc =
          new Doc(
              "实施方案",
              ELECTRONIC,
              PRINT,
              PlanPdf.title(ws),
              PlanPdf.titlePhrases(ws),
              attachmentNames);
      PageImport imports = new PageImport(rasterize, data.resolveSibling(".pages"));
      try (PlanPdf pdf = new PlanPdf(ws, job.fonts(), job.day(), imports);
          PlanPdf.Rendered rendered = pdf.render()) {
        printed(job, doc, rendered, imports, files);
      }
      byte[][] workbooks = done(books);
      Writes.write(data.resolve(DATA_TABLE), workbooks[0], faults);
      files.add(DATA_TABLE);
      Writes.write(data.resolve(ROSTER), workbooks[1], faults);
      files.add(ROSTER);
      List<String> attachmentTargets = new ArrayList<>();
      for (String a : plan.attachmentList()) {
        String rel = a.replace('\\', '/');
        String target = rel.startsWith("证明材料/") ? rel : "证明材料/" + rel;
        Path dest = data.resolve(target);
        Files.createDirectories(dest.getParent());
        Writes.copy(ws.file(a), dest, faults);
        files.add(target);
        attachmentTargets.add(target);
      }
      boolean letter =
          Boolean.TRUE.equals(job.level().requiresRecommendation())
              && plan.recommendationLetter() != null;
      if (letter) {
        Writes.copy(ws.file(plan.recommendationLetter()), data.resolve(LETTER), faults);
        files.add(LETTER);
      }
      boolean narrative = plan.narrativePdf() != null && !plan.narrativePdf().isBlank();
      if (narrative) {
        Writes.copy(ws.file(plan.narrativePdf()), data.resolve(BagPlan.NARRATIVE), faults);
        files.add(BagPlan.NARRATIVE);
      }
      Writes.write(
          data.resolve(BagPlan.FILE),
          BagPlan.yaml(plan, ws.policy(), attachmentTargets, letter, narrative)
              .getBytes(StandardCharsets.UTF_8),
          faults);
      files.add(BagPlan.FILE);
      files.sort(Comparator.naturalOrder());
      return new Payload(files, imports.compliant(), byFile(imports.converted()));
    } finally {
      books.cancel(true);
    }
  }

  /**
   * The payload of a first-batch city's progress workspace: 工作进展情况.pdf and its print copies, the
   * approved plan as read ({@code plan.yaml}) with its roster and the report as read ({@code
   * progress.yaml}, from progress.yaml or progress.xlsx) beside it, so that the receiving office
   * can check the package again, and the 报送清单. The approved plan's own documents are the
   * ministries' already and are not set again.
   */
  private static Payload writeProgressPayload(Job job) throws IOException, BundleException {
    WorkspaceContents ws = job.ws();
    Path data = job.data();
    Faults faults = job.faults();
    Files.createDirectories(data.resolve("打印"));
    List<String> files = new ArrayList<>();
    Doc doc =
        new Doc(
            "工作进展情况",
            PROGRESS,
            PROGRESS_PRINT,
            ProgressPdf.title(ws),
            ProgressPdf.titlePhrases(ws),
            List.of());
    PageImport imports = new PageImport(true, data.resolveSibling(".pages"));
    try (imports;
        PlanPdf.Rendered rendered = new ProgressPdf(ws, job.fonts(), job.day()).render()) {
      printed(job, doc, rendered, imports, files);
    }
    Writes.write(data.resolve(ROSTER), Workbooks.roster(ws, job.zipTime()), faults);
    files.add(ROSTER);
    Writes.write(
        data.resolve(PROGRESS_FILE),
        BagPlan.yaml(ws.progress()).getBytes(StandardCharsets.UTF_8),
        faults);
    files.add(PROGRESS_FILE);
    Writes.write(
        data.resolve(BagPlan.FILE),
        BagPlan.yaml(ws.plan(), ws.policy(), List.of(), false, false)
            .getBytes(StandardCharsets.UTF_8),
        faults);
    files.add(BagPlan.FILE);
    files.sort(Comparator.naturalOrder());
    return new Payload(files, true, List.of());
  }

  /**
   * A rendered document and its paper side: the electronic PDF, the print file with {@code copies}
   * numbered copies and the 报送清单 saying what to print, stamp and send; each added to {@code files}.
   */
  private static void printed(
      Job job, Doc doc, PlanPdf.Rendered rendered, PageImport imports, List<String> files)
      throws IOException, BundleException {
    WorkspaceContents ws = job.ws();
    ZonedDateTime stamped = job.date().atZone(ws.policy().zone());
    document(
        rendered,
        job.fonts(),
        doc.title(),
        stamped,
        job.copies(),
        job.data(),
        doc.electronic(),
        doc.print(),
        job.faults(),
        imports);
    files.add(doc.electronic());
    files.add(doc.print());
    try (PDDocument list =
        ChecklistPdf.render(
            ws,
            job.level(),
            job.copies(),
            job.fonts(),
            job.day(),
            doc.titlePhrases(),
            doc.what(),
            doc.print(),
            doc.attachments())) {
      PdfMeta.apply(list, "报送清单：" + String.join("", doc.titlePhrases()), stamped, "checklist");
      Writes.create(job.data().resolve(CHECKLIST), job.faults(), list::save);
    }
    files.add(CHECKLIST);
  }

  /**
   * A rendered document saved twice: the electronic PDF ({@code electronic}, bookmarked, turned
   * pages shown upright) and the print file ({@code print}) with {@code copies} numbered copies.
   */
  private static void document(
      PlanPdf.Rendered rendered,
      FontSet fonts,
      String title,
      ZonedDateTime date,
      int copies,
      Path data,
      String electronic,
      String print,
      Faults faults,
      PageImport imports)
      throws IOException, BundleException {
    List<byte[]> numbers = new ArrayList<>();
    for (int i = 1; i <= copies; i++) {
      numbers.add(PlanPdf.numberContent(rendered, fonts, PrintCopies.number(i)));
    }
    PDDocument doc = rendered.doc();
    PdfMeta.outline(doc, rendered.marks());
    for (PDPage p : rendered.turned()) {
      // shown upright on screen; the print file keeps them as printed (GB/T 9704 §8)
      p.setRotation(90);
    }
    PdfMeta.apply(doc, title, date, "electronic", imports.compliant());
    Writes.create(data.resolve(electronic), faults, doc::save);
    faults.reached(Stage.PAYLOAD_STARTED);
    PrintCopies.write(data.resolve(electronic), numbers, title, date, data.resolve(print), faults);
  }

  /**
   * Whether a package's documents claim PDF/A-2b and which merged pages were drawn as images (or
   * kept, and why), for bag-info.txt (always Chinese, as the documents).
   */
  static void pdfaInfo(Map<String, String> info, boolean pdfa, List<PdfaPages> pages) {
    info.put("Shenbao-PDFA", pdfa ? "PDF/A-2b" : "none (--no-rasterize)");
    if (!pages.isEmpty()) {
      info.put(
          pdfa ? "Shenbao-PDFA-Rasterized" : "Shenbao-PDFA-Blocked",
          describe(pages, Messages.of("zh")));
    }
  }

  /** The converted pages grouped by file, in the order met. */
  private static List<PdfaPages> byFile(List<PageImport.Converted> converted) {
    Map<String, List<Integer>> pages = new LinkedHashMap<>();
    Map<String, Map<PdfaCheck.Blocker, SortedSet<String>>> why = new LinkedHashMap<>();
    for (PageImport.Converted c : converted) {
      pages.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c.page());
      Map<PdfaCheck.Blocker, SortedSet<String>> w =
          why.computeIfAbsent(c.file(), k -> new EnumMap<>(PdfaCheck.Blocker.class));
      c.why().forEach((b, found) -> w.computeIfAbsent(b, k -> new TreeSet<>()).addAll(found));
    }
    List<PdfaPages> out = new ArrayList<>();
    pages.forEach((file, numbers) -> out.add(new PdfaPages(file, numbers, why.get(file))));
    return out;
  }

  /**
   * The converted pages in words: {@code 证明材料/a.pdf 第 1–2 页，字体未嵌入（Helvetica）；…}, for bag-info
   * (always Chinese, as the documents) and for bundle's last line (in the user's language).
   */
  public static String describe(List<PdfaPages> files, Messages m) {
    List<String> parts = new ArrayList<>();
    for (PdfaPages f : files) {
      List<String> reasons = new ArrayList<>();
      f.why()
          .forEach(
              (b, found) ->
                  reasons.add(m.format("bundle.pdfa." + b.code(), String.join(", ", found))));
      parts.add(
          m.format(
              "bundle.pdfa.file",
              f.file(),
              PdfaCheck.ranges(f.pages()),
              String.join(m.format("bundle.pdfa.and"), reasons)));
    }
    return String.join(m.format("bundle.pdfa.and"), parts);
  }

  /** The result of work done on another thread, its failure thrown here as it was there. */
  static <T> T done(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the workbooks were made");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Map<String, String> bagInfo(
      WorkspaceContents ws, Policy.Level level, int copies, LocalDate day, FontSet fonts) {
    Plan plan = ws.plan();
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", plan.city().name());
    info.put("Contact-Name", plan.contact().name());
    info.put("Contact-Phone", plan.contact().phone());
    info.put(
        "External-Description", ws.progress() != null ? ProgressPdf.title(ws) : PlanPdf.title(ws));
    info.put("Bagging-Date", day.toString());
    info.put("External-Identifier", ws.policy().id() + "/" + plan.city().name() + "/" + day);
    info.put("Bag-Count", "1 of 1");
    info.put("Shenbao-Policy", ws.policy().id());
    info.put("Shenbao-Submission-Level", plan.submission().level().trim());
    info.put("Shenbao-Copies", String.valueOf(copies));
    info.put("Shenbao-Recipient", level.recipient());
    info.put("Shenbao-Deadline", level.deadline());
    info.put("Shenbao-Tool-Version", Version.VERSION);
    fontInfo(info, fonts);
    return info;
  }

  /** The faces used, one {@code Shenbao-Font-Role} line each, for bag-info.txt. */
  static void fontInfo(Map<String, String> info, FontSet fonts) {
    for (FontSet.Role r : FontSet.Role.values()) {
      String role = r.key().substring(0, 1).toUpperCase(Locale.ROOT) + r.key().substring(1);
      info.put("Shenbao-Font-" + role, fonts.face(r).describe());
    }
  }

  /** A temporary folder is private (rwx------); the bundle is an ordinary folder (rwxr-xr-x). */
  private static void readable(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}

package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.report.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Builds a province's package for the two ministries (财办建〔2024〕23号 五): one BagIt bag whose {@code
 * data/} holds the 推荐函 (the draft as PDF and .docx, or the stamped scan), a folder per candidate
 * city with its package's payload, a folder per first-batch city with its progress report's, {@code
 * 打印/报送材料-打印版.pdf} with every paper document in the numbered copies, and {@code 打印/报送清单.pdf}
 * listing everything, how many copies, who stamps what, to whom and by when.
 */
public final class Forwarder {
  static final String LETTER_DOCX = "推荐函（草稿）.docx";

  /** Every paper document of the package in one file, set by set. */
  static final String ALL_PRINT = "打印/报送材料-打印版.pdf";

  /**
   * Who forwards what.
   *
   * @param province the province (四川省)
   * @param cities the candidates, held to the national level
   * @param progress the first-batch cities' progress workspaces
   * @param letter the signed and stamped 推荐函 (a PDF), or null for the draft
   * @param signatories the signing offices, finance first
   */
  public record Request(
      String province,
      List<WorkspaceContents> cities,
      List<WorkspaceContents> progress,
      Path letter,
      List<String> signatories) {}

  private Forwarder() {}

  /** The package's default folder: {@code 四川省-报送两部门} in the current folder. */
  public static Path defaultOut(String province) {
    return Path.of(province + "-报送两部门").toAbsolutePath();
  }

  /** Writes the package into the claimed {@code target}; commits it at the end. */
  public static Bundler.Result build(
      Request req,
      Policy national,
      FontSet fonts,
      Instant date,
      boolean rasterize,
      BundleTarget target)
      throws IOException, BundleException {
    Policy.Level level = national.level("national");
    int copies = level.copies();
    Faults faults = target.faults();
    ZonedDateTime stamped = date.atZone(national.zone());
    LocalDate day = stamped.toLocalDate();
    LocalDateTime zipTime = stamped.toLocalDateTime();
    Path bag = target.stage();
    Path data = bag.resolve("data");
    Files.createDirectories(data.resolve("打印"));
    List<String> files = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    List<Bundler.PdfaPages> pages = new ArrayList<>();
    boolean pdfa = true;
    List<WorkspaceContents> all = new ArrayList<>(req.cities());
    all.addAll(req.progress());
    for (int i = 0; i < all.size(); i++) {
      WorkspaceContents c = all.get(i);
      String name = c.plan().city().name();
      String folder = folder(i < req.cities().size() ? name : name + "-工作进展情况", folders);
      Bundler.Payload p = Bundler.payload(c, fonts, date, rasterize, data.resolve(folder), faults);
      for (String f : p.files()) {
        files.add(folder + "/" + f);
      }
      pdfa &= p.pdfa();
      for (Bundler.PdfaPages f : p.pages()) {
        pages.add(new Bundler.PdfaPages(folder + "/" + f.file(), f.pages(), f.why()));
      }
    }
    List<String> names = new ArrayList<>();
    List<String> plans = new ArrayList<>();
    List<String> reports = new ArrayList<>();
    List<String> firstBatch = new ArrayList<>();
    for (WorkspaceContents c : req.cities()) {
      // within the province's own letter the cities go without the province: 德阳市, 宜宾市
      names.add(shortName(c));
      plans.add(PlanPdf.title(c));
    }
    for (WorkspaceContents p : req.progress()) {
      reports.add(ProgressPdf.title(p));
      firstBatch.add(shortName(p));
    }
    Letter letter =
        new Letter(
            req.province(),
            level.recipient(),
            Letter.NOTICE_2024,
            names,
            plans,
            firstBatch,
            reports,
            req.signatories(),
            day);
    if (req.letter() != null) {
      Writes.copy(req.letter(), data.resolve(Bundler.LETTER), faults);
    } else {
      try (PDDocument doc = letter.pdf(fonts)) {
        PdfMeta.apply(doc, String.join("", letter.titlePhrases()), stamped, "letter");
        Writes.create(data.resolve(Bundler.LETTER), faults, doc::save);
      }
      Writes.write(data.resolve(LETTER_DOCX), letter.docx(stamped), faults);
      files.add(LETTER_DOCX);
    }
    files.add(Bundler.LETTER);
    // one print file for the whole package: each numbered set in turn, every document starting on
    // a front page; the stamped letter first, the draft not (it is edited, signed and stamped: its
    // stamped originals head the sets)
    List<Path> prints = new ArrayList<>();
    for (int i = 0; i < folders.size(); i++) {
      String print = i < req.cities().size() ? Bundler.PRINT : Bundler.PROGRESS_PRINT;
      prints.add(data.resolve(folders.get(i)).resolve(print));
    }
    PrintCopies.combine(
        req.letter() == null ? null : data.resolve(Bundler.LETTER),
        prints,
        copies,
        req.province() + "报送两部门材料",
        stamped,
        data.resolve(ALL_PRINT),
        faults);
    files.add(ALL_PRINT);
    try (PDDocument list =
        ForwardChecklist.render(req, folders, level, copies, fonts, day, req.letter() == null)) {
      PdfMeta.apply(list, "报送清单：" + req.province() + "报送两部门材料", stamped, "checklist");
      Writes.create(data.resolve(Bundler.CHECKLIST), faults, list::save);
    }
    files.add(Bundler.CHECKLIST);
    files.sort(Comparator.naturalOrder());
    faults.reached(Stage.PAYLOAD);
    Map<String, String> info = bagInfo(req, national, level, copies, day, fonts);
    Bundler.pdfaInfo(info, pdfa, pages);
    Bundler.seal(target, bag, info, zipTime, faults);
    return new Bundler.Result(target.out(), target.zip(), copies, files, pdfa, List.copyOf(pages));
  }

  /** A city as its own province's letter names it, without the province: 德阳市, 成都市. */
  static String shortName(WorkspaceContents c) {
    List<String> places = c.cityTitlePlaces();
    return String.join("", places.size() > 1 ? places.subList(1, places.size()) : places);
  }

  /** A city's folder name, unique in the package (成都市, 成都市-2 when two share a name). */
  private static String folder(String name, List<String> taken) {
    String base = name.replaceAll("[\\\\/:*?\"<>|]", "_");
    String f = base;
    for (int i = 2; taken.contains(f); i++) {
      f = base + "-" + i;
    }
    taken.add(f);
    return f;
  }

  private static Map<String, String> bagInfo(
      Request req, Policy national, Policy.Level level, int copies, LocalDate day, FontSet fonts) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", req.province());
    info.put("External-Description", req.province() + "报送两部门的中小企业数字化转型城市试点材料");
    info.put("Bagging-Date", day.toString());
    info.put("External-Identifier", national.id() + "/" + req.province() + "/" + day);
    info.put("Bag-Count", "1 of 1");
    info.put("Shenbao-Policy", national.id());
    info.put("Shenbao-Submission-Level", "national");
    info.put("Shenbao-Copies", String.valueOf(copies));
    info.put("Shenbao-Recipient", level.recipient());
    info.put("Shenbao-Deadline", level.deadline());
    info.put("Shenbao-Letter", req.letter() != null ? "stamped scan" : "draft");
    info.put("Shenbao-Tool-Version", Version.VERSION);
    Bundler.fontInfo(info, fonts);
    return info;
  }
}

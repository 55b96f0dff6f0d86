// Helpers for scripts/bench: generate large rosters and many workspaces, and read a roster with
// the two anchor readers (fastexcel-reader reading every cell; Apache POI's event/SAX reader).
// Compiled once by scripts/bench and run against the tool's own jar (which carries both libraries,
// and domain.CreditCode for the check characters).

import io.shenbao.rules.domain.CreditCode;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.InputSource;

public class Bench {

  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "roster" -> roster(Path.of(a[1]), Integer.parseInt(a[2]), 0);
      case "roster-shared" -> rosterShared(Path.of(a[1]), Integer.parseInt(a[2]));
      case "cities" ->
          cities(Path.of(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]), Path.of(a[4]));
      case "city" -> city(Path.of(a[1]), Integer.parseInt(a[2]), Path.of(a[3]));
      case "districts" ->
          districts(Path.of(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]), Path.of(a[4]));
      case "fastexcel" -> fastexcel(Path.of(a[1]));
      case "poisax" -> poisax(Path.of(a[1]));
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  /** A valid, distinct credit code for each number (region, then 8 digits and the checks). */
  static String code(long n, String region) {
    String first16 = "91" + region + String.format("%08d", n % 100_000_000L);
    String first17 = first16 + CreditCode.orgCheckChar(first16);
    return first17 + CreditCode.checkChar(first17);
  }

  static void roster(Path file, int rows, int offset) throws Exception {
    roster(file, rows, offset, i -> i % 50 == 0 ? "专精特新" : "否");
  }

  /** A roster of valid, distinct enterprises, each of the tier {@code tier} gives its number. */
  static void roster(Path file, int rows, int offset, IntFunction<String> tier) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip, false);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      w.write(row(1, "企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "从业人员"));
      for (int i = 0; i < rows; i++) {
        w.write(
            row(
                i + 2,
                "重庆测试企业" + (offset + i) + "有限公司",
                code(offset + i, "500227"),
                String.valueOf(2000 + i % 30000),
                tier.apply(i),
                String.valueOf(20 + i % 900)));
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
  }

  /** The same roster as Excel writes it: every text a shared string, numbers as numbers. */
  static void rosterShared(Path file, int rows) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip, true);
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      for (String h :
          new String[] {"企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "从业人员", "否", "专精特新"}) {
        w.write("<si><t>" + h + "</t></si>");
      }
      for (int i = 0; i < rows; i++) {
        w.write("<si><t>重庆测试企业" + i + "有限公司</t></si><si><t>" + code(i, "500227") + "</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:E"
              + (rows + 1)
              + "\"/><sheetData>");
      w.write(
          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>");
      for (int i = 0; i < rows; i++) {
        int r = i + 2;
        w.write(
            "<row r=\""
                + r
                + "\"><c r=\"A"
                + r
                + "\" t=\"s\"><v>"
                + (7 + 2 * i)
                + "</v></c><c r=\"B"
                + r
                + "\" t=\"s\"><v>"
                + (8 + 2 * i)
                + "</v></c><c r=\"C"
                + r
                + "\"><v>"
                + (2000 + i % 30000)
                + "</v></c><c r=\"D"
                + r
                + "\" t=\"s\"><v>"
                + (i % 50 == 0 ? 6 : 5)
                + "</v></c><c r=\"E"
                + r
                + "\"><v>"
                + (20 + i % 900)
                + "</v></c></row>");
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
  }

  /** The package around one sheet named 名单, with a shared-strings part when asked. */
  static void skeleton(ZipOutputStream zip, boolean shared) throws Exception {
    put(
        zip,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + (shared
                ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                : "")
            + "</Types>");
    put(
        zip,
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    put(
        zip,
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    put(
        zip,
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (shared
                ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                : "")
            + "</Relationships>");
  }

  static String row(int r, String... cells) {
    StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
    for (int i = 0; i < cells.length; i++) {
      sb.append("<c r=\"")
          .append((char) ('A' + i))
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[i])
          .append("</t></is></c>");
    }
    return sb.append("</row>").toString();
  }

  static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** N city workspaces, each the given plan with its own roster of ROWS enterprises. */
  static void cities(Path dir, int n, int rows, Path plan) throws Exception {
    String text = Files.readString(plan).replace("roster: 名单.csv", "roster: 名单.xlsx");
    for (int i = 0; i < n; i++) {
      Path ws = dir.resolve(String.format("city%03d", i));
      Files.createDirectories(ws);
      Files.writeString(
          ws.resolve("plan.yaml"),
          text.replace("name: 重庆市璧山区", "name: 测试市" + i)
              .replace("type: municipal-district", "type: prefecture")
              .replace("province: 重庆市", "province: 四川省"));
      roster(ws.resolve("名单.xlsx"), rows, i * rows);
      Files.copy(plan.resolveSibling("证明材料.pdf"), ws.resolve("证明材料.pdf"));
    }
  }

  /** The tier of enterprise i in a generated city: every 100th 小巨人, every 20th 专精特新. */
  static String tier(int i) {
    return i % 100 == 0 ? "小巨人" : i % 20 == 0 ? "专精特新" : "否";
  }

  /**
   * One valid city of N enterprises to bundle: the base plan with its baseline and targets scaled
   * to the roster (every figure consistent, so that validation passes and bundle goes on).
   */
  static void city(Path dir, int n, Path plan) throws Exception {
    city(dir, n, plan, "璧山区", 0);
  }

  /** Chongqing's districts and counties, each a city a package can come from. */
  static final String[] DISTRICTS = {
    "万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区",
    "大足区", "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区",
    "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县", "忠县"
  };

  /**
   * N valid workspaces of ROWS enterprises each, one per Chongqing district (N at most 30), with
   * rosters that share no enterprise: what a city's office receives, to bundle and take in.
   */
  static void districts(Path dir, int n, int rows, Path plan) throws Exception {
    for (int i = 0; i < n; i++) {
      city(dir.resolve(String.format("ws%02d", i)), rows, plan, DISTRICTS[i], i * rows);
    }
  }

  static void city(Path dir, int n, Path plan, String district, int offset) throws Exception {
    Files.createDirectories(dir);
    int giants = 0;
    int specialized = 0;
    for (int i = 0; i < n; i++) {
      giants += tier(i).equals("小巨人") ? 1 : 0;
      specialized += tier(i).equals("否") ? 0 : 1;
    }
    int below = n / 2;
    Map<String, Integer> t = new LinkedHashMap<>();
    t.put("transform_above_scale", n);
    t.put("transform_below_scale", below);
    t.put("transform_total", n + below);
    t.put("transform_little_giants", giants);
    t.put("transform_specialized", specialized);
    t.put("above_scale_level2", n);
    t.put("specialized_level2", specialized);
    t.put("little_giants_level2", giants);
    t.put("below_scale_level2", below / 2);
    t.put("cloud_smes", n);
    t.put("xkqz_solutions", 10);
    t.put("digital_workshops", 10);
    t.put("level4_enterprises", 6);
    t.put("service_providers", 10);
    t.put("chain_models", 2);
    StringBuilder targets = new StringBuilder("    targets:\n");
    StringBuilder y1 = new StringBuilder("      - {year: 1");
    StringBuilder y2 = new StringBuilder("      - {year: 2");
    for (var e : t.entrySet()) {
      targets.append("      ").append(e.getKey()).append(": ").append(e.getValue()).append("\n");
      int first = e.getValue() / 2;
      y1.append(", ").append(e.getKey()).append(": ").append(first);
      y2.append(", ").append(e.getKey()).append(": ").append(e.getValue() - first);
    }
    // the totals of each year are the sums of their parts
    String text = Files.readString(plan);
    String head = text.substring(0, text.indexOf("    baseline:"));
    String tail = text.substring(text.indexOf("    goals:"));
    String body =
        "    baseline: {output_value: "
            + (n / 10)
            + ".5, above_scale_smes: "
            + n
            + ", little_giants: "
            + giants
            + ", specialized_smes: "
            + specialized
            + "}\n"
            + targets
            + "    yearly:\n"
            + y1
            + "}\n"
            + y2
            + "}\n";
    String out =
        (head + body + tail).replace("roster: 名单.csv", "roster: 名单.xlsx").replace("璧山区", district);
    Files.writeString(dir.resolve("plan.yaml"), out);
    Files.copy(
        plan.resolveSibling("证明材料.pdf"),
        dir.resolve("证明材料.pdf"),
        StandardCopyOption.REPLACE_EXISTING);
    roster(dir.resolve("名单.xlsx"), n, offset, Bench::tier);
  }

  /** Reads every cell with fastexcel-reader: the floor a streaming roster check can approach. */
  static void fastexcel(Path file) throws Exception {
    long cells = 0;
    long chars = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      for (Row r : (Iterable<Row>) wb.getFirstSheet().openStream()::iterator) {
        for (Cell c : r) {
          if (c != null) {
            cells++;
            chars += c.getRawValue() == null ? 0 : c.getRawValue().length();
          }
        }
      }
    }
    System.out.println("fastexcel cells=" + cells + " chars=" + chars);
  }

  /** Reads every cell with Apache POI's event (SAX) reader. */
  static void poisax(Path file) throws Exception {
    long[] cells = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler h =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {}

            @Override
            public void endRow(int rowNum) {}

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              cells[0]++;
            }
          };
      var parser = SAXParserFactory.newInstance();
      parser.setNamespaceAware(true);
      var xml = parser.newSAXParser().getXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(null, strings, h, false));
      try (InputStream in = reader.getSheetsData().next()) {
        xml.parse(new InputSource(in));
      }
    }
    System.out.println("poi-sax cells=" + cells[0]);
  }
}

// Generates the example workspaces' data files: the rosters (xlsx), the evidence PDFs, and the
// "one mistake each" workspaces derived from examples/bishan/plan.yaml.
// Run: scripts/gen-examples   (needs the built jar: it uses the POI and PDFBox inside it, and the
// tool's own domain.CreditCode for the check characters)
// Deterministic: the same seed gives the same rows.

import io.shenbao.rules.domain.CreditCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

public class GenerateExamples {
  static final String[] HEAD = {
    "序号", "企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "细分行业", "从业人员", "所在区县"
  };

  /** One roster row; cells as written (code may become a number cell). */
  static final class Ent {
    String name, code, tier, sub, district;
    double revenue;
    Integer staff;
    boolean codeAsNumber;
  }

  public static void main(String[] args) throws Exception {
    Path examples = Path.of(args.length > 0 ? args[0] : "examples");
    Random rnd = new Random(20240516L);
    List<Ent> roster = new ArrayList<>();
    Set<String> names = new HashSet<>();
    roster.addAll(
        industry(
            rnd,
            names,
            "汽车零部件及配件制造",
            182,
            6,
            41,
            new String[] {"汽车零部件", "精密铸造", "汽车电子", "车桥", "制动系统", "模具", "座椅", "传动"}));
    roster.addAll(
        industry(
            rnd,
            names,
            "新型显示及智能终端配套",
            118,
            3,
            22,
            new String[] {"光电", "显示科技", "电子材料", "精密结构件", "背光模组", "智能终端", "触控"}));
    Collections.shuffle(roster, rnd);
    Path bishan = examples.resolve("bishan");
    writeRoster(bishan.resolve("规上工业中小企业名单.xlsx"), roster, true);
    writePdf(bishan.resolve("证明材料/工作基础证明.pdf"), "璧山区中小企业数字化转型工作基础证明材料（示例）");
    String plan = Files.readString(bishan.resolve("plan.yaml"));
    Path mistakes = examples.resolve("mistakes");

    mistake(
        mistakes,
        "bad-credit-codes",
        plan,
        roster,
        UnaryOperator.identity(),
        r -> {
          List<Ent> c = copy(r);
          c.get(4).code =
              c.get(4).code.substring(0, 17) + (c.get(4).code.charAt(17) == '0' ? '1' : '0');
          c.get(7).code = "914403001922038216";
          c.get(7).codeAsNumber = true;
          c.get(11).code = c.get(11).code.substring(0, 10) + "O" + c.get(11).code.substring(11);
          c.get(14).code = c.get(14).code.substring(0, 17);
          return c;
        });
    mistake(
        mistakes,
        "roster-scale",
        plan,
        roster,
        UnaryOperator.identity(),
        r -> {
          List<Ent> c = copy(r);
          c.get(3).revenue = 1500;
          c.get(9).revenue = 52000;
          c.get(9).staff = 1200;
          c.get(13).revenue = 45000;
          c.get(13).staff = null;
          return c;
        });
    mistake(
        mistakes,
        "roster-duplicates",
        plan,
        roster,
        UnaryOperator.identity(),
        r -> {
          List<Ent> c = copy(r);
          c.get(19).code = c.get(9).code;
          c.get(29).name = c.get(28).name;
          return c;
        });
    mistake(
        mistakes,
        "metric-totals",
        plan,
        roster,
        p -> p.replaceFirst("transform_total: 250", "transform_total: 260"),
        r -> r);
    mistake(
        mistakes,
        "level2-ratio",
        plan,
        roster,
        p ->
            p.replaceFirst("above_scale_level2: 165       # ≥ 182 × 90%", "above_scale_level2: 150")
                .replaceFirst("above_scale_level2: 85,", "above_scale_level2: 70,"),
        r -> r);
    mistake(
        mistakes,
        "funding",
        plan,
        roster,
        p ->
            p.replace("central_total: 10000", "central_total: 12000")
                .replace(
                    "category: transformation, amount: 8200",
                    "category: transformation, amount: 9000")
                .replace(
                    "category: public-service, amount: 1000",
                    "category: public-service, amount: 2200"),
        r -> r);
    mistake(
        mistakes,
        "typos",
        plan,
        roster,
        p -> p.replaceFirst("      cloud_smes: 230", "      cloud_sme: 230"),
        r -> r);
    mistake(
        mistakes,
        "broken-yaml",
        plan,
        roster,
        p -> p.replaceFirst("  province: 重庆市", "   province: 重庆市"),
        r -> r);
    mistake(
        mistakes,
        "earlier-batch-city",
        plan,
        roster,
        p ->
            p.replace(
                    "policy: 2024-batch2-chongqing       # 区县报市：重庆市转发通知（渝经信发〔2024〕21号）",
                    "policy: 2024-batch2")
                .replace("name: 重庆市璧山区", "name: 上海市浦东新区")
                .replace("province: 重庆市", "province: 上海市")
                .replace("level: municipal                  # 区县→市经济信息委", "level: national")
                .replace("districts: [璧山区]", "districts: [浦东新区]")
                .replace(
                    "attachments: [证明材料/工作基础证明.pdf]",
                    "attachments: [证明材料/工作基础证明.pdf]\nrecommendation_letter: 推荐函.pdf"),
        r -> {
          List<Ent> c = copy(r);
          c.forEach(e -> e.district = "浦东新区");
          return c;
        });
    writePdf(mistakes.resolve("earlier-batch-city/推荐函.pdf"), "推荐函（示例）");
    mistake(
        mistakes,
        "missing-files",
        plan,
        roster,
        p ->
            p.replace(
                "attachments: [证明材料/工作基础证明.pdf]",
                "attachments: [证明材料/工作基础证明.pdf, 证明材料/不存在.pdf, ../outside.pdf]"),
        r -> r);
    mistake(mistakes, "renamed-roster", plan, roster, UnaryOperator.identity(), r -> r);
    Files.writeString(
        mistakes.resolve("renamed-roster/规上工业中小企业名单.xlsx"),
        "企业名称,统一社会信用代码,2023年度主营业务收入（万元）\n某某有限公司,91500227MA5U0000X0,3000\n",
        StandardCharsets.UTF_8);
    multiCity(examples.resolve("multi-city"), plan, rnd);
    province(examples.resolve("sichuan"), plan, rnd);
    System.out.println(
        "wrote "
            + roster.size()
            + " roster rows, the mistake workspaces and the multi-city repository under "
            + examples);
  }

  static List<Ent> industry(
      Random rnd,
      Set<String> names,
      String sub,
      int n,
      int giants,
      int specialized,
      String[] words) {
    return industry(rnd, names, sub, n, giants, specialized, words, "重庆", "500227", "璧山区");
  }

  static List<Ent> industry(
      Random rnd,
      Set<String> names,
      String sub,
      int n,
      int giants,
      int specialized,
      String[] words,
      String city,
      String region,
      String district) {
    String[] places = {
      "璧山", "渝西", "璧城", "青杠", "来凤", "丁家", "大路", "河边", "福禄", "健龙", "广普", "三合", "正兴", "七塘", "大兴", "璧泉"
    };
    String[] marks = {
      "鑫", "华", "盛", "恒", "瑞", "宏", "泰", "达", "博", "创", "捷", "锐", "远", "航", "精", "信", "凯", "联", "德",
      "元"
    };
    String[] forms = {"有限公司", "股份有限公司", "科技有限公司", "制造有限公司"};
    List<Ent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Ent e = new Ent();
      do {
        e.name =
            city
                + places[rnd.nextInt(places.length)]
                + marks[rnd.nextInt(marks.length)]
                + marks[rnd.nextInt(marks.length)]
                + words[rnd.nextInt(words.length)]
                + forms[rnd.nextInt(forms.length)];
      } while (!names.add(e.name));
      e.code = code(rnd, region);
      e.revenue = Math.round((2000 + rnd.nextDouble() * 30000) * 100) / 100.0;
      e.staff = 30 + rnd.nextInt(850);
      e.tier = i < giants ? "国家级专精特新“小巨人”企业" : i < specialized ? "省级专精特新中小企业" : "否";
      e.sub = sub;
      e.district = district;
      out.add(e);
    }
    return out;
  }

  /**
   * A consultant's repository of four cities applying at national level: three from 广东 (over its
   * quota of two) and one from 四川; 中山's roster lists one enterprise that 佛山's also lists.
   */
  static void multiCity(Path dir, String bishanPlan, Random rnd) throws IOException {
    String[][] cities = {
      {"foshan", "广东省佛山市", "广东省", "440600", "顺德区", "佛山"},
      {"jiangmen", "广东省江门市", "广东省", "440700", "蓬江区", "江门"},
      {"zhongshan", "广东省中山市", "广东省", "442000", "火炬开发区", "中山"},
      {"mianyang", "四川省绵阳市", "四川省", "510700", "涪城区", "绵阳"}
    };
    List<Ent> foshan = null;
    for (String[] c : cities) {
      List<Ent> roster = prefectureRoster(rnd, c);
      if (c[0].equals("foshan")) {
        foshan = roster;
      } else if (c[0].equals("zhongshan")) {
        Ent shared = foshan.get(10);
        for (int i = 0; i < roster.size(); i++) {
          Ent e = roster.get(i);
          if (e.sub.equals(shared.sub) && e.tier.equals(shared.tier)) {
            Ent copy = copy(List.of(shared)).get(0);
            copy.district = c[4];
            roster.set(i, copy);
            break;
          }
        }
      }
      Path ws = dir.resolve(c[0]);
      Files.createDirectories(ws);
      String plan =
          prefecturePlan(bishanPlan, c, "# 省级报两部门", "level: national")
              .replace(
                  "attachments: [证明材料/工作基础证明.pdf]",
                  "attachments: [证明材料/工作基础证明.pdf]\nrecommendation_letter: 推荐函.pdf");
      Files.writeString(ws.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);
      writeRoster(ws.resolve("规上工业中小企业名单.xlsx"), roster, true);
      writePdf(ws.resolve("证明材料/工作基础证明.pdf"), c[1] + "中小企业数字化转型工作基础证明材料（示例）");
      writePdf(ws.resolve("推荐函.pdf"), c[2] + "推荐函（示例）");
    }
  }

  /**
   * A province forwarding to the two ministries (四川省, quota two): two candidate cities, 德阳 and 宜宾,
   * at national level without a 推荐函 of their own (forward writes the province's), and 成都, a
   * first-batch city, whose progress workspace holds its approved plan (policy 2023-batch1) beside
   * progress.yaml (both written by hand: examples/sichuan/chengdu).
   */
  static void province(Path dir, String bishanPlan, Random rnd) throws IOException {
    String[][] cities = {
      {"deyang", "四川省德阳市", "四川省", "510600", "旌阳区", "德阳"},
      {"yibin", "四川省宜宾市", "四川省", "511500", "翠屏区", "宜宾"},
      {"chengdu", "四川省成都市", "四川省", "510100", "龙泉驿区", "成都"}
    };
    for (String[] c : cities) {
      List<Ent> roster = prefectureRoster(rnd, c);
      Path ws = dir.resolve(c[0]);
      Files.createDirectories(ws);
      writeRoster(ws.resolve("规上工业中小企业名单.xlsx"), roster, true);
      if (c[0].equals("chengdu")) {
        continue; // the approved plan and the report are written by hand
      }
      String plan =
          prefecturePlan(
              bishanPlan,
              c,
              "# 省级报两部门：shenbao forward --province 四川省",
              "level: national                   # 推荐函由省里的 forward 生成");
      Files.writeString(ws.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);
      writePdf(ws.resolve("证明材料/工作基础证明.pdf"), c[1] + "中小企业数字化转型工作基础证明材料（示例）");
    }
  }

  /**
   * A prefecture-level city's roster ({@code c}: folder, city, province, region code, district,
   * short name): 182 enterprises of 汽车零部件及配件制造 and 118 of 新型显示及智能终端配套, shuffled.
   */
  static List<Ent> prefectureRoster(Random rnd, String[] c) {
    Set<String> names = new HashSet<>();
    List<Ent> roster = new ArrayList<>();
    roster.addAll(
        industry(
            rnd,
            names,
            "汽车零部件及配件制造",
            182,
            6,
            41,
            new String[] {"汽车零部件", "精密铸造", "汽车电子", "模具"},
            c[5],
            c[3],
            c[4]));
    roster.addAll(
        industry(
            rnd,
            names,
            "新型显示及智能终端配套",
            118,
            3,
            22,
            new String[] {"光电", "显示科技", "电子材料", "智能终端"},
            c[5],
            c[3],
            c[4]));
    Collections.shuffle(roster, rnd);
    return roster;
  }

  /**
   * 璧山区's plan made a prefecture-level city's at national level under 2024-batch2: its policy line
   * with {@code policyComment}, its level line {@code levelLine}.
   */
  static String prefecturePlan(
      String bishanPlan, String[] c, String policyComment, String levelLine) {
    return bishanPlan
        .replace(
            "policy: 2024-batch2-chongqing       # 区县报市：重庆市转发通知（渝经信发〔2024〕21号）",
            "policy: 2024-batch2                 " + policyComment)
        .replace("name: 重庆市璧山区", "name: " + c[1])
        .replace("province: 重庆市", "province: " + c[2])
        .replace(
            "type: municipal-district          # 直辖市所辖区县",
            "type: prefecture                  # 其他地级市")
        .replace("level: municipal                  # 区县→市经济信息委", levelLine)
        .replace("districts: [璧山区]", "districts: [" + c[4] + "]")
        .replace("# 2024年重庆市璧山区", "# 2024年" + c[1]);
  }

  /**
   * A valid credit code (GB 32100) in {@code region}: both check characters by domain.CreditCode.
   */
  static String code(Random rnd, String region) {
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append(CreditCode.CHARSET.charAt(rnd.nextInt(i < 2 ? 31 : 10)));
    }
    String first16 = "91" + region + org;
    String first17 = first16 + CreditCode.orgCheckChar(first16);
    return first17 + CreditCode.checkChar(first17);
  }

  static List<Ent> copy(List<Ent> r) {
    List<Ent> out = new ArrayList<>();
    for (Ent e : r) {
      Ent c = new Ent();
      c.name = e.name;
      c.code = e.code;
      c.tier = e.tier;
      c.sub = e.sub;
      c.district = e.district;
      c.revenue = e.revenue;
      c.staff = e.staff;
      c.codeAsNumber = e.codeAsNumber;
      out.add(c);
    }
    return out;
  }

  /**
   * A workspace with one kind of mistake: bishan's plan edited, and bishan's roster with
   * enterprises of its own (every credit code new, drawn from the workspace's name), so that
   * checking all the examples together shows each city's mistakes, not one roster shared by a dozen
   * cities.
   */
  static void mistake(
      Path dir,
      String name,
      String plan,
      List<Ent> roster,
      UnaryOperator<String> planEdit,
      UnaryOperator<List<Ent>> rosterEdit)
      throws IOException {
    Path ws = dir.resolve(name);
    Files.createDirectories(ws);
    String edited = planEdit.apply(plan);
    Files.writeString(ws.resolve("plan.yaml"), edited, StandardCharsets.UTF_8);
    List<Ent> own = copy(roster);
    Random rnd = new Random(name.hashCode());
    for (Ent e : own) {
      e.code = code(rnd, "500227");
    }
    writeRoster(ws.resolve("规上工业中小企业名单.xlsx"), rosterEdit.apply(own), true);
    writePdf(ws.resolve("证明材料/工作基础证明.pdf"), "中小企业数字化转型工作基础证明材料（示例）");
  }

  static void writeRoster(Path file, List<Ent> rows, boolean title) throws IOException {
    Files.createDirectories(file.getParent());
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("名单");
      CellStyle text = wb.createCellStyle();
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
      int r = 0;
      if (title) {
        sheet.createRow(r++).createCell(0).setCellValue("重庆市璧山区试点细分行业规上工业中小企业名单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEAD.length - 1));
      }
      Row head = sheet.createRow(r++);
      for (int i = 0; i < HEAD.length; i++) {
        head.createCell(i).setCellValue(HEAD[i]);
      }
      int n = 1;
      for (Ent e : rows) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(n++);
        row.createCell(1).setCellValue(e.name);
        Cell code = row.createCell(2);
        if (e.codeAsNumber) {
          code.setCellValue(Double.parseDouble(e.code));
        } else {
          code.setCellStyle(text);
          code.setCellValue(e.code);
        }
        row.createCell(3).setCellValue(e.revenue);
        row.createCell(4).setCellValue(e.tier);
        row.createCell(5).setCellValue(e.sub);
        if (e.staff != null) {
          row.createCell(6).setCellValue(e.staff);
        }
        if (e.district != null) {
          row.createCell(7).setCellValue(e.district);
        }
      }
      sheet.createFreezePane(0, r - rows.size());
      wb.write(out);
    }
  }

  static void writePdf(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      // An embedded (subset) font, as real scanned-and-OCRed or exported evidence would have.
      TrueTypeFont ttf;
      try (var in =
          GenerateExamples.class.getResourceAsStream(
              "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(PDType0Font.load(doc, ttf, true), 14);
        cs.newLineAtOffset(72, 760);
        cs.showText(text);
        cs.endText();
      }
      doc.getDocumentInformation().setTitle(text);
      doc.save(file.toFile());
    }
  }
}

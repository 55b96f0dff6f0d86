package io.shenbao.cli.bundle;

import io.shenbao.rules.domain.CreditCode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cities to typeset: the example, and the example changed where print breaks — a third sub-industry
 * with the longest key-industry name, a roster of thousands of enterprises, names of every length
 * from 2 to 60 characters.
 */
final class TestCities {
  static final Path EXAMPLE = Path.of("../examples/bishan");

  /** Characters company names are made of. */
  private static final String NAME_CHARS =
      "重庆璧山来凤青杠丁家大路河边健龙正兴福禄三合七塘城西华达恒锐泰宏远捷凯精密机械电子科技智能制造传动"
          + "零部件模具光电显示材料汽车配件结构终端新型信息工业实业发展集团股份有限责任公司分厂";

  private static final String[] SUBS = {"汽车零部件及配件制造", "新型显示及智能终端配套", "船舶配套设备及海洋工程装备关键零部件制造"};

  private TestCities() {}

  /** The example city as it is. */
  static Path example(Path dir) throws Exception {
    Path ws = dir.resolve("bishan");
    BundleRuns.copyTree(EXAMPLE, ws);
    return ws;
  }

  /**
   * The example with a third sub-industry under the longest of 附件2's key-industry names, and a
   * roster that lists it.
   */
  static Path threeIndustries(Path dir) throws Exception {
    Path ws = example(dir.resolve("three"));
    String plan = Files.readString(ws.resolve("plan.yaml"));
    int second = plan.indexOf("  - key_industry: 计算机、通信和其他电子设备制造业");
    int funding = plan.indexOf("funding:");
    String third =
        plan.substring(second, funding)
            .replace("计算机、通信和其他电子设备制造业", "铁路、船舶、航空航天和其他运输设备制造业")
            .replace("新型显示及智能终端配套", SUBS[2]);
    plan = plan.substring(0, funding) + third + plan.substring(funding);
    plan = plan.replace("roster: 规上工业中小企业名单.xlsx", "roster: 名单.csv");
    Files.writeString(ws.resolve("plan.yaml"), plan);
    roster(ws.resolve("名单.csv"), 420, 3, i -> name(i, 8 + i % 12));
    return ws;
  }

  /** The example with a roster of {@code n} enterprises over its two sub-industries. */
  static Path enterprises(Path dir, int n) throws Exception {
    Path ws = example(dir.resolve("n" + n));
    useCsv(ws);
    roster(ws.resolve("名单.csv"), n, 2, i -> name(i, 8 + i % 14));
    return ws;
  }

  /** The example with names of every length from 2 to 60 characters, some with Latin letters. */
  static Path nameLengths(Path dir) throws Exception {
    Path ws = example(dir.resolve("names"));
    useCsv(ws);
    roster(
        ws.resolve("名单.csv"),
        4 * 59,
        2,
        i -> {
          int len = 2 + i % 59;
          String name = name(i, len);
          return i % 4 == 1 && len > 8
              ? name.substring(0, len - 6) + "ABC" + name.substring(len - 3)
              : i % 4 == 2 && len > 6 ? name.substring(0, 2) + "（集团）" + name.substring(6) : name;
        });
    return ws;
  }

  private static void useCsv(Path ws) throws IOException {
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan, Files.readString(plan).replace("roster: 规上工业中小企业名单.xlsx", "roster: 名单.csv"));
  }

  /** A name of exactly {@code len} characters, different for each {@code i}. */
  static String name(int i, int len) {
    StringBuilder sb = new StringBuilder();
    long x = i * 2654435761L + len;
    while (sb.length() < len) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append(NAME_CHARS.charAt((int) ((x >>> 33) % NAME_CHARS.length())));
    }
    return sb.toString();
  }

  interface Names {
    String of(int i);
  }

  /** A roster CSV of {@code n} enterprises spread over the first {@code subs} sub-industries. */
  static void roster(Path file, int n, int subs, Names names) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("企业名称,统一社会信用代码,2023年度主营业务收入（万元）,企业类型,细分行业\n");
      for (int i = 0; i < n; i++) {
        String tier = i % 40 == 0 ? "小巨人" : i % 7 == 0 ? "专精特新" : "否";
        String revenue = (2000 + (i * 7919L) % 380000) / 10 * 10 + "." + (i * 37 % 100);
        w.write(
            names.of(i) + "," + code(i) + "," + revenue + "," + tier + "," + SUBS[i % subs] + "\n");
      }
    }
  }

  /** A valid credit code for each number. */
  static String code(int n) {
    String org = String.format("%08d", n);
    String f16 = "91500227" + org;
    String f17 = f16 + CreditCode.orgCheckChar(f16 + "00");
    return f17 + CreditCode.checkChar(f17 + "0");
  }
}

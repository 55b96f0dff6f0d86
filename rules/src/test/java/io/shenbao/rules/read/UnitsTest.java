package io.shenbao.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers typed with their units read as the number they say, in the unit the label asks for. */
class UnitsTest {
  static String read(String text, String unit) {
    BigDecimal n = Units.read(text, unit);
    return n == null ? null : CellText.plain(n);
  }

  @Test
  void aLabelNamesItsUnitInItsLastBracket() {
    assertThat(Units.ofLabel("试点行业2023年工业总产值（亿元）")).isEqualTo("亿元");
    assertThat(Units.ofLabel("专精特新中小企业数量（截至2023年年底，家，含“小巨人”）")).isEqualTo("家");
    assertThat(Units.ofLabel("中央财政资金总额（万元）")).isEqualTo("万元");
    assertThat(Units.ofLabel("“小快轻准”解决方案数量（个）")).isEqualTo("个");
    assertThat(Units.ofLabel("二级及以上比例（%）")).isEqualTo("%");
    assertThat(Units.ofLabel("联系电话")).isNull();
    assertThat(Units.ofLabel("拟试点区县（多个用、分隔）")).isNull();
  }

  @Test
  void theFieldsOwnUnitOrOneThatConverts() {
    assertThat(read("356.2亿元", "亿元")).isEqualTo("356.2");
    assertThat(read("3,562,000万元", "亿元")).isEqualTo("356.2");
    assertThat(read("1亿元", "万元")).isEqualTo("10000");
    assertThat(read("10,000万元", "万元")).isEqualTo("10000");
    assertThat(read("１０，０００ 万元", "万元")).isEqualTo("10000");
    assertThat(read("5000000元", "万元")).isEqualTo("500");
    assertThat(read("20家", "家")).isEqualTo("20");
    assertThat(read("92.5%", "%")).isEqualTo("92.5");
    assertThat(read("92.5％", "%")).isEqualTo("92.5");
    assertThat(read("182", "家")).isEqualTo("182");
  }

  @Test
  void moneyAsPeopleWriteItWithYiOrWanAlone() {
    assertThat(read("1亿", "万元")).isEqualTo("10000");
    assertThat(read("8200万", "万元")).isEqualTo("8200");
    assertThat(read("356.2亿", "亿元")).isEqualTo("356.2");
    assertThat(read("5000万", "亿元")).isEqualTo("0.5");
    assertThat(read("2万", "家")).isNull();
    assertThat(read("1.5亿", "%")).isNull();
  }

  @Test
  void anythingElseIsNotANumber() {
    assertThat(read("41人", "家")).isNull();
    assertThat(read("20个", "家")).isNull();
    assertThat(read("20家", "万元")).isNull();
    assertThat(read("约20家", "家")).isNull();
    assertThat(read("亿元", "亿元")).isNull();
    assertThat(read("很多", "家")).isNull();
    assertThat(read("1.5亿元", null)).isNull();
  }
}

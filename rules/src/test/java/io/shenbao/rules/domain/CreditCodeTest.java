package io.shenbao.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked examples of shared/reference/domain-facts.md §5. */
class CreditCodeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43",
        "91440300708461136T",
        "914403001922038216",
        "91330100799655058B",
        "91440101MA5CJQ4N59",
        "9135021359498494XQ"
      })
  void validCodesPassBothChecks(String code) {
    assertThat(CreditCode.check(code)).isNull();
    assertThat(code.charAt(16)).isEqualTo(CreditCode.orgCheckChar(code));
  }

  @ParameterizedTest
  @CsvSource({
    "91350203M0001QAY9B, CHECK, 18",
    "91350100M000100Y4, LENGTH, 0",
    "91350100M000100Y44, CHECK, 18",
    "91350100M0001O0Y43, CHARSET, 14",
    "91350100m000100Y43, CHARSET, 9"
  })
  void invalidCodesAreRejected(String code, CreditCode.Defect defect, int position) {
    CreditCode.Result r = CreditCode.check(code);
    assertThat(r).isNotNull();
    assertThat(r.defect()).isEqualTo(defect);
    assertThat(r.position()).isEqualTo(position);
  }

  @Test
  void theStandardsNegativeExampleExpectsNine() {
    assertThat(CreditCode.check("91350203M0001QAY9B").expected()).isEqualTo('9');
  }

  @Test
  void packingIsExactAndDistinct() {
    long[] a = CreditCode.pack("91440300708461136T");
    long[] b = CreditCode.pack("914403001922038216");
    assertThat(a).isNotEqualTo(b);
    assertThat(CreditCode.pack("91440300708461136T")).isEqualTo(a);
    assertThat(CreditCode.unpack(a[0], a[1])).isEqualTo("91440300708461136T");
    assertThat(CreditCode.unpack(b[0], b[1])).isEqualTo("914403001922038216");
  }
}

package io.shenbao.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shenbao.rules.domain.Divisions.Level;
import io.shenbao.rules.domain.Divisions.Unit;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped NBS 2023 division data, and names found as people write them. */
class DivisionsTest {
  private static final String DIR = "/io/shenbao/rules/divisions/nbs-2023/";
  private static final Divisions NBS = Divisions.named("nbs-2023");

  @Test
  void theShippedFilesAreTheOnesItsReadmeRecords() throws Exception {
    String readme = new String(bytes("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains(
            "china-division",
            "2.7.0",
            "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85");
    Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$").matcher(readme);
    int files = 0;
    while (m.find()) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(m.group(2)));
      assertThat(HexFormat.of().formatHex(digest)).as(m.group(2)).isEqualTo(m.group(1));
      files++;
    }
    assertThat(files).isEqualTo(4);
  }

  @Test
  void holdsEveryUnitOfTheData() {
    assertThat(NBS.provinces()).hasSize(31);
    assertThat(NBS.units().stream().filter(u -> u.level() == Level.PREFECTURE)).hasSize(333);
    assertThat(NBS.units().stream().filter(u -> u.level() == Level.COUNTY)).hasSize(2978);
    assertThat(NBS.provinces().stream().filter(NBS::isMunicipality).map(Unit::name))
        .containsExactly("北京市", "天津市", "上海市", "重庆市");
  }

  @Test
  void findsADistrictOfAMunicipalityWithOrWithoutItsMunicipalityAndEnding() {
    for (String written : List.of("重庆市璧山区", "璧山区", "璧山", "重庆璧山区", " 重庆市 璧山区")) {
      assertThat(NBS.find(written)).as(written).extracting(Unit::code).containsExactly("500120");
    }
    Unit bishan = NBS.find("璧山区").get(0);
    assertThat(bishan.level()).isEqualTo(Level.COUNTY);
    assertThat(bishan.fullName()).isEqualTo("重庆市璧山区");
    assertThat(NBS.isMunicipality(bishan.province())).isTrue();
  }

  @Test
  void findsPrefecturesAndAutonomousPrefecturesByTheirPlaceName() {
    assertThat(NBS.find("唐山")).extracting(Unit::fullName).containsExactly("河北省唐山市");
    assertThat(NBS.find("河北省唐山市")).extracting(Unit::code).containsExactly("1302");
    assertThat(NBS.find("恩施州")).extracting(Unit::name).containsExactly("恩施土家族苗族自治州");
    assertThat(NBS.find("恩施"))
        .extracting(Unit::name)
        .containsExactlyInAnyOrder("恩施土家族苗族自治州", "恩施市");
    assertThat(NBS.find("昌吉州")).extracting(Unit::name).containsExactly("昌吉回族自治州");
    assertThat(NBS.find("东乡族自治县")).extracting(Unit::name).containsExactly("东乡族自治县");
    assertThat(NBS.find("东乡县")).extracting(Unit::name).containsExactly("东乡族自治县");
    assertThat(NBS.find("大兴安岭")).extracting(Unit::name).containsExactly("大兴安岭地区");
  }

  @Test
  void aCountyLevelCityIsNotAPrefecture() {
    List<Unit> kunshan = NBS.find("昆山市");
    assertThat(kunshan).hasSize(1);
    assertThat(kunshan.get(0).level()).isEqualTo(Level.COUNTY);
    assertThat(kunshan.get(0).parent().fullName()).isEqualTo("江苏省苏州市");
    assertThat(NBS.find("苏州市昆山市")).isEqualTo(kunshan);
    assertThat(NBS.find("江苏省苏州市昆山市")).isEqualTo(kunshan);
  }

  @Test
  void theProvinceInFrontNarrowsAnAmbiguousName() {
    assertThat(NBS.find("朝阳区")).extracting(Unit::fullName).contains("北京市朝阳区", "吉林省长春市朝阳区");
    assertThat(NBS.find("北京市朝阳区")).extracting(Unit::code).containsExactly("110105");
    assertThat(NBS.find("河北")).extracting(Unit::level).containsExactly(Level.PROVINCE);
  }

  @Test
  void aRenamedCountySuggestsItsNewName() {
    assertThat(NBS.find("璧山县")).isEmpty();
    assertThat(NBS.suggest("璧山县", Level.COUNTY, NBS.province("重庆市"))).isEqualTo("璧山区");
    assertThat(NBS.find("江津区").get(0).fullName()).isEqualTo("重庆市江津区");
  }

  @Test
  void aTitleNamesTheCityFromTheDataProvinceFirst() {
    assertThat(NBS.titleName("唐山", "河北")).isEqualTo("河北省唐山市");
    assertThat(NBS.titleName("唐山市", "河北省")).isEqualTo("河北省唐山市");
    assertThat(NBS.titleName("璧山区", "重庆")).isEqualTo("重庆市璧山区");
    assertThat(NBS.titleName("重庆市璧山区", "重庆市")).isEqualTo("重庆市璧山区");
    assertThat(NBS.titleName("恩施州", "湖北省")).isEqualTo("湖北省恩施土家族苗族自治州");
    assertThat(NBS.titleName("新疆生产建设兵团", "新疆生产建设兵团")).isEqualTo("新疆生产建设兵团");
    assertThat(NBS.titleName("某某新区", "广东")).isEqualTo("广东省某某新区");
    assertThat(NBS.titleName("广东省某某新区", "广东省")).isEqualTo("广东省某某新区");
  }

  @Test
  void aPlaceOutsideTheCityIsToldWhereItIs() {
    Unit bishan = NBS.city("重庆市璧山区", "重庆市", Level.COUNTY);
    assertThat(NBS.outside(bishan, "江津区").fullName()).isEqualTo("重庆市江津区");
    assertThat(NBS.outside(bishan, "璧山")).isNull();
    assertThat(NBS.outside(bishan, "璧山高新区")).as("unknown to the data").isNull();
    Unit tangshan = NBS.city("唐山", "河北", null);
    assertThat(NBS.outside(tangshan, "迁安市")).isNull();
    assertThat(NBS.outside(tangshan, "朝阳区").fullName()).isEqualTo("北京市朝阳区");
    assertThat(NBS.city("昆山市", "江苏省", Level.PREFECTURE)).isNull();
    assertThat(NBS.city("唐山市", "河北省", Level.COUNTY)).isNull();
  }

  @Test
  void unknownDataIsRefused() {
    assertThatThrownBy(() -> Divisions.named("../policy"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Divisions.named("nbs-1999"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] bytes(String file) throws Exception {
    try (InputStream in = DivisionsTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }
}

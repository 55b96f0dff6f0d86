package io.shenbao.cli.receive;

import io.shenbao.rules.facts.Figures;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The candidates side by side (评审汇总表): one row per city with the figures a reviewer weighs — the
 * base year, the targets summed over the sub-industries as the overall data table gives them, the
 * level-2 coverage and the split of the funds as the rules compute them ({@link Figures}), funds
 * per transformed enterprise, and the check's errors and warnings — and each province's quota and
 * how many of its cities are compared.
 */
public final class Review {
  /** How a figure is shown. */
  public enum Kind {
    /** A whole number. */
    COUNT,
    /** A number with decimals (亿元). */
    DECIMAL,
    /** 万元. */
    MONEY,
    /** A share in percent, one decimal. */
    PERCENT
  }

  /** The figures, in the order of the summary's columns; each ranks the cities on a sheet. */
  public enum Indicator {
    SUB_INDUSTRIES(Kind.COUNT),
    OUTPUT_VALUE(Kind.DECIMAL),
    ABOVE_SCALE_SMES(Kind.COUNT),
    LITTLE_GIANTS(Kind.COUNT),
    SPECIALIZED_SMES(Kind.COUNT),
    TRANSFORM_ABOVE_SCALE(Kind.COUNT),
    TRANSFORM_BELOW_SCALE(Kind.COUNT),
    TRANSFORM_TOTAL(Kind.COUNT),
    ABOVE_SCALE_LEVEL2(Kind.COUNT),
    ABOVE_SCALE_COVERAGE(Kind.PERCENT),
    SPECIALIZED_LEVEL2(Kind.COUNT),
    PROVINCIAL_SPECIALIZED_COVERAGE(Kind.PERCENT),
    LITTLE_GIANTS_LEVEL2(Kind.COUNT),
    LITTLE_GIANTS_COVERAGE(Kind.PERCENT),
    BELOW_SCALE_LEVEL2(Kind.COUNT),
    CLOUD_SMES(Kind.COUNT),
    XKQZ_SOLUTIONS(Kind.COUNT),
    DIGITAL_WORKSHOPS(Kind.COUNT),
    LEVEL4_ENTERPRISES(Kind.COUNT),
    SERVICE_PROVIDERS(Kind.COUNT),
    CHAIN_MODELS(Kind.COUNT),
    CENTRAL_FUNDS(Kind.MONEY),
    TRANSFORMATION_FUNDS(Kind.MONEY),
    TRANSFORMATION_SHARE(Kind.PERCENT),
    OTHER_FUNDS(Kind.MONEY),
    OTHER_SHARE(Kind.PERCENT),
    FUNDS_PER_ENTERPRISE(Kind.MONEY);

    private final Kind kind;

    Indicator(Kind kind) {
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }

    /** Its message key's last part ({@code review.figure.<key>}). */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One city compared.
   *
   * @param source the workspace or package as the user named it
   * @param name 申报城市, or null when its plan could not be read
   * @param province the province-level unit (or the plan's province as written), or null
   * @param type the city type in the rule set's words, or null
   * @param level the submission level, or null
   * @param policy the rule set applied, or null
   * @param subIndustries its sub-industries (重点行业—细分行业)
   * @param figures each figure it has
   * @param errors the check's errors
   * @param warnings the check's warnings
   */
  public record City(
      String source,
      String name,
      String province,
      String type,
      String level,
      String policy,
      List<String> subIndustries,
      Map<Indicator, BigDecimal> figures,
      long errors,
      long warnings) {

    /**
     * Whether this is a first-batch city's progress report (its rule set's progress level), not a
     * candidate: it is listed, but neither ranked nor counted against its province's quota.
     */
    public boolean progress() {
      return Policy.PROGRESS_LEVEL.equals(level);
    }
  }

  /**
   * A province's place in the comparison.
   *
   * @param name the province
   * @param quota how many cities it may recommend at national level (in its candidates' rule set),
   *     0 when not known
   * @param cities how many of its candidate cities are compared
   * @param national how many of those apply at national level
   * @param progress how many first-batch cities' progress reports are listed beside them
   */
  public record Province(String name, int quota, int cities, int national, int progress) {}

  /**
   * A city's place on one indicator's sheet.
   *
   * @param rank 1 for the highest; cities with the same figure share a rank; 0 without a figure
   * @param city the city
   * @param value its figure, or null
   */
  public record Ranked(int rank, City city, BigDecimal value) {}

  /** Names in the order a Chinese reader looks for them (by pinyin: 广东省, 四川省, 重庆市). */
  @SuppressWarnings("unchecked")
  static final Comparator<String> NAMES =
      (Comparator<String>) (Comparator<?>) Collator.getInstance(Locale.CHINA);

  private final List<City> cities;
  private final Map<String, Province> provinces;

  private Review(List<City> cities, Map<String, Province> provinces) {
    this.cities = List.copyOf(cities);
    this.provinces = provinces;
  }

  /**
   * The review of a checked run: a city per workspace, in the order checked.
   *
   * @param facts the workspaces' facts as the checker handed them ({@code Checker.withFacts})
   * @param source the name to show for a workspace (a package's own name for its payload)
   */
  public static Review of(
      Report report, List<WorkspaceFacts> facts, Function<String, String> source) {
    Map<String, WorkspaceFacts> byWorkspace = new HashMap<>();
    facts.forEach(f -> byWorkspace.put(f.workspace(), f));
    List<City> cities = new ArrayList<>();
    Map<String, Integer> quotaOf = new HashMap<>();
    Map<String, int[]> counts = new TreeMap<>(NAMES);
    for (Report.WorkspaceSummary s : report.workspaces()) {
      WorkspaceFacts f = byWorkspace.get(s.path());
      City c = city(s, f, source.apply(s.path()));
      cities.add(c);
      if (c.province() != null) {
        int[] n = counts.computeIfAbsent(c.province(), k -> new int[3]);
        if (c.progress()) {
          n[2]++;
          continue;
        }
        n[0]++;
        n[1] += "national".equals(c.level()) ? 1 : 0;
        // the quota is the candidates' rule set's (a progress report's, 2023's, has none)
        if (f != null && f.policy().provinceUnits().value().contains(c.province())) {
          Integer quota = Figures.quota(c.province(), f.policy());
          if (quota != null) {
            quotaOf.putIfAbsent(c.province(), quota);
          }
        }
      }
    }
    Map<String, Province> provinces = new LinkedHashMap<>();
    counts.forEach(
        (name, n) ->
            provinces.put(
                name, new Province(name, quotaOf.getOrDefault(name, 0), n[0], n[1], n[2])));
    return new Review(cities, provinces);
  }

  private static City city(Report.WorkspaceSummary s, WorkspaceFacts f, String source) {
    if (f == null) {
      return new City(
          source,
          s.city(),
          s.province(),
          null,
          s.level(),
          s.policy(),
          List.of(),
          new EnumMap<>(Indicator.class),
          s.errors(),
          s.warnings());
    }
    Plan plan = f.plan();
    Policy policy = f.policy();
    String province = Figures.province(plan, policy);
    if (province == null && plan.city() != null) {
      province = plan.city().province();
    }
    String type = plan.city() == null || plan.city().type() == null ? null : plan.city().type();
    if (type != null) {
      type = policy.cityTypes().value().getOrDefault(type.trim(), type);
    }
    List<String> subs = new ArrayList<>();
    for (Industry i : plan.industryList()) {
      if (i != null) {
        subs.add(i.keyIndustry() + "—" + i.subIndustry());
      }
    }
    return new City(
        source,
        plan.city() == null ? null : plan.city().name(),
        province,
        type,
        f.level().isEmpty() ? null : f.level(),
        policy.id(),
        subs,
        figures(plan, policy),
        s.errors(),
        s.warnings());
  }

  /** Every figure of a plan that it has. */
  static Map<Indicator, BigDecimal> figures(Plan plan, Policy policy) {
    List<Industry> inds = plan.industryList().stream().filter(i -> i != null).toList();
    Map<Indicator, BigDecimal> out = new EnumMap<>(Indicator.class);
    put(out, Indicator.SUB_INDUSTRIES, BigDecimal.valueOf(inds.size()));
    BigDecimal aboveScale = base(inds, Industry.Baseline::aboveScaleSmes);
    BigDecimal giants = base(inds, Industry.Baseline::littleGiants);
    BigDecimal specialized = base(inds, Industry.Baseline::specializedSmes);
    put(out, Indicator.OUTPUT_VALUE, base(inds, Industry.Baseline::outputValue));
    put(out, Indicator.ABOVE_SCALE_SMES, aboveScale);
    put(out, Indicator.LITTLE_GIANTS, giants);
    put(out, Indicator.SPECIALIZED_SMES, specialized);
    BigDecimal total = target(inds, Targets::transformTotal);
    BigDecimal aboveL2 = target(inds, Targets::aboveScaleLevel2);
    BigDecimal specL2 = target(inds, Targets::specializedLevel2);
    BigDecimal giantsL2 = target(inds, Targets::littleGiantsLevel2);
    put(out, Indicator.TRANSFORM_ABOVE_SCALE, target(inds, Targets::transformAboveScale));
    put(out, Indicator.TRANSFORM_BELOW_SCALE, target(inds, Targets::transformBelowScale));
    put(out, Indicator.TRANSFORM_TOTAL, total);
    put(out, Indicator.ABOVE_SCALE_LEVEL2, aboveL2);
    put(out, Indicator.ABOVE_SCALE_COVERAGE, Figures.coverage(aboveL2, aboveScale));
    put(out, Indicator.SPECIALIZED_LEVEL2, specL2);
    if (specL2 != null && giantsL2 != null && specialized != null && giants != null) {
      put(
          out,
          Indicator.PROVINCIAL_SPECIALIZED_COVERAGE,
          Figures.coverage(specL2.subtract(giantsL2), specialized.subtract(giants)));
    }
    put(out, Indicator.LITTLE_GIANTS_LEVEL2, giantsL2);
    put(out, Indicator.LITTLE_GIANTS_COVERAGE, Figures.coverage(giantsL2, giants));
    put(out, Indicator.BELOW_SCALE_LEVEL2, target(inds, Targets::belowScaleLevel2));
    put(out, Indicator.CLOUD_SMES, target(inds, Targets::cloudSmes));
    put(out, Indicator.XKQZ_SOLUTIONS, target(inds, Targets::xkqzSolutions));
    put(out, Indicator.DIGITAL_WORKSHOPS, target(inds, Targets::digitalWorkshops));
    put(out, Indicator.LEVEL4_ENTERPRISES, target(inds, Targets::level4Enterprises));
    put(out, Indicator.SERVICE_PROVIDERS, target(inds, Targets::serviceProviders));
    put(out, Indicator.CHAIN_MODELS, target(inds, Targets::chainModels));
    Plan.Funding funding = plan.funding();
    BigDecimal central = funding == null ? null : funding.centralTotal();
    put(out, Indicator.CENTRAL_FUNDS, central);
    Figures.Split split = Figures.split(funding, policy);
    if (split != null && split.complete()) {
      put(out, Indicator.TRANSFORMATION_FUNDS, split.transformation());
      put(out, Indicator.TRANSFORMATION_SHARE, Figures.percent(split.transformation(), central));
      put(out, Indicator.OTHER_FUNDS, split.other());
      put(out, Indicator.OTHER_SHARE, Figures.percent(split.other(), central));
    }
    if (central != null && total != null && total.signum() > 0) {
      put(out, Indicator.FUNDS_PER_ENTERPRISE, central.divide(total, 2, RoundingMode.HALF_UP));
    }
    return out;
  }

  private static BigDecimal base(
      List<Industry> inds, Function<Industry.Baseline, BigDecimal> figure) {
    return Figures.sum(inds, i -> i.baseline() == null ? null : figure.apply(i.baseline()));
  }

  private static BigDecimal target(List<Industry> inds, Function<Targets, BigDecimal> figure) {
    return Figures.sum(inds, i -> i.targets() == null ? null : figure.apply(i.targets()));
  }

  private static void put(Map<Indicator, BigDecimal> out, Indicator i, BigDecimal v) {
    if (v != null) {
      out.put(i, v);
    }
  }

  /** The cities, in the order checked. */
  public List<City> cities() {
    return cities;
  }

  /** How many provinces have a candidate among the cities compared (a progress report is none). */
  public long candidateProvinces() {
    return provinces.values().stream().filter(p -> p.cities() > 0).count();
  }

  /** The provinces of the cities compared, by name. */
  public List<Province> provinces() {
    return List.copyOf(provinces.values());
  }

  /** The province of a city in the comparison, or null. */
  public Province provinceOf(City c) {
    return c.province() == null ? null : provinces.get(c.province());
  }

  /**
   * The candidate cities ranked on one indicator: highest first, equal figures sharing a rank (1,
   * 1, 3), those without the figure last and unranked; ties in the order checked. Progress reports
   * are not candidates and are not ranked.
   */
  public List<Ranked> ranking(Indicator indicator) {
    List<City> sorted = new ArrayList<>(cities.stream().filter(c -> !c.progress()).toList());
    sorted.sort(
        Comparator.comparing(
            (City c) -> c.figures().get(indicator),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())));
    List<Ranked> out = new ArrayList<>();
    BigDecimal last = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      City c = sorted.get(i);
      BigDecimal v = c.figures().get(indicator);
      if (v == null) {
        out.add(new Ranked(0, c, null));
        continue;
      }
      if (last == null || v.compareTo(last) != 0) {
        rank = i + 1;
        last = v;
      }
      out.add(new Ranked(rank, c, v));
    }
    return out;
  }
}

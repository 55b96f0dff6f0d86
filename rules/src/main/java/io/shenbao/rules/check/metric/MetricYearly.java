package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan gives 分年度目标 with every figure of the whole-period targets, and they add up to it. Years
 * are written as implementation years (1 … the period's length) or as the calendar years the period
 * falls in (the rule set's {@code calendar_years}: at least as many consecutive ones as the period
 * has years), one way or the other; each year gives its increment ({@code yearly_mode: increment},
 * the default: the years sum to the whole period) or the running total ({@code cumulative}: the
 * totals never fall and the last one is the whole period).
 */
@RuleInfo(
    id = "METRIC-YEARLY",
    severity = Severity.ERROR,
    clause = "附件1 二（总体绩效目标及分年度目标）；财办建〔2024〕23号 三（实施期两年）")
public final class MetricYearly implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Policy p = ctx.policy();
    int years = p.implementationYears().value();
    List<Integer> calendar =
        p.calendarYears() == null || p.calendarYears().value() == null
            ? List.of()
            : p.calendarYears().value();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      new Years(ctx, industries.get(i), i, years, calendar, out).check();
    }
  }

  /** One industry's yearly targets. */
  private static final class Years {
    private final PlanContext ctx;
    private final Industry ind;
    private final int i;
    private final int years;
    private final List<Integer> calendar;
    private final Emitter out;

    /** Year → index in {@code yearly}, for implementation and for calendar years. */
    private final Map<Integer, Integer> implementation = new TreeMap<>();

    private final Map<Integer, Integer> calendarGiven = new TreeMap<>();

    Years(PlanContext ctx, Industry ind, int i, int years, List<Integer> calendar, Emitter out) {
      this.ctx = ctx;
      this.ind = ind;
      this.i = i;
      this.years = years;
      this.calendar = calendar;
      this.out = out;
    }

    private String path(String suffix) {
      return PlanContext.industryPath(i, suffix);
    }

    void check() {
      List<Industry.YearTarget> yearly = ind.yearlyList();
      if (yearly.isEmpty()) {
        out.plan(path("yearly"), "missing", years);
        return;
      }
      String mode = ind.yearlyModeOrDefault();
      boolean cumulative = Industry.CUMULATIVE.equals(mode);
      if (!cumulative && !Industry.INCREMENT.equals(mode)) {
        out.plan(path("yearly_mode"), "mode", mode);
        return;
      }
      sortYears(yearly);
      if (!implementation.isEmpty() && !calendarGiven.isEmpty()) {
        out.plan(path("yearly"), "year-mixed", years, span());
        return;
      }
      Map<Integer, Integer> byYear = calendarGiven.isEmpty() ? implementation : calendarGiven;
      sums(yearly, byYear, cumulative, complete(byYear));
    }

    /** Files each entry under its kind of year, reporting years out of range and twice given. */
    private void sortYears(List<Industry.YearTarget> yearly) {
      for (int j = 0; j < yearly.size(); j++) {
        Industry.YearTarget y = yearly.get(j);
        if (y == null || y.year() == null) {
          continue;
        }
        String at = path("yearly[" + j + "].year");
        int year = y.year();
        Map<Integer, Integer> kind =
            year >= 1 && year <= years
                ? implementation
                : calendar.contains(year) ? calendarGiven : null;
        if (kind == null) {
          out.plan(at, "year-range", year, years, span());
        } else if (kind.putIfAbsent(year, j) != null) {
          out.plan(at, kind == implementation ? "year-duplicate" : "year-duplicate-calendar", year);
        }
      }
    }

    /** Whether every year the period needs is there; reports those that are not. */
    private boolean complete(Map<Integer, Integer> byYear) {
      boolean complete = true;
      if (byYear == implementation) {
        for (int k = 1; k <= years; k++) {
          if (!byYear.containsKey(k)) {
            out.plan(path("yearly"), "year-missing", k);
            complete = false;
          }
        }
        return complete;
      }
      List<Integer> given = new ArrayList<>(byYear.keySet());
      for (int y = given.get(0) + 1; y < given.get(given.size() - 1); y++) {
        if (!byYear.containsKey(y)) {
          out.plan(path("yearly"), "year-missing-calendar", y);
          complete = false;
        }
      }
      if (complete && given.size() < years) {
        out.plan(path("yearly"), "calendar-short", join(given), years);
        complete = false;
      }
      return complete;
    }

    /**
     * Each figure in every year, and (when the years are complete) the years against the whole
     * period: their sum, or the last running total.
     */
    private void sums(
        List<Industry.YearTarget> yearly,
        Map<Integer, Integer> byYear,
        boolean cumulative,
        boolean complete) {
      Targets whole = ind.targets();
      if (whole == null) {
        return;
      }
      for (Map.Entry<String, BigDecimal> e : whole.byKey().entrySet()) {
        String key = e.getKey();
        List<BigDecimal> parts = new ArrayList<>();
        boolean sound = true;
        BigDecimal previous = null;
        for (Map.Entry<Integer, Integer> y : byYear.entrySet()) {
          int j = y.getValue();
          Targets t = yearly.get(j).metrics();
          BigDecimal v = t == null ? null : t.byKey().get(key);
          if (v == null) {
            // at the figure's own cell (in YAML, where the year's entry stands)
            out.plan(
                path("yearly[" + j + "]." + key),
                calendarOr(byYear, "key-missing"),
                y.getKey(),
                label(key));
            sound = false;
            continue;
          }
          sound &= Metrics.sound(v);
          if (cumulative
              && previous != null
              && Metrics.sound(v, previous)
              && v.compareTo(previous) < 0) {
            out.plan(
                path("yearly[" + j + "]." + key),
                calendarOr(byYear, "cumulative-decrease"),
                label(key),
                y.getKey(),
                CellText.plain(v),
                CellText.plain(previous));
          }
          previous = v;
          parts.add(v);
        }
        if (!complete || !sound || !Metrics.sound(e.getValue()) || parts.isEmpty()) {
          continue;
        }
        compare(key, parts, byYear, e.getValue(), cumulative);
      }
    }

    private void compare(
        String key,
        List<BigDecimal> parts,
        Map<Integer, Integer> byYear,
        BigDecimal whole,
        boolean cumulative) {
      if (cumulative) {
        BigDecimal last = parts.get(parts.size() - 1);
        if (last.compareTo(whole) != 0) {
          int lastYear = new ArrayList<>(byYear.keySet()).get(byYear.size() - 1);
          out.plan(
              path("targets." + key),
              calendarOr(byYear, "cumulative"),
              label(key),
              lastYear,
              CellText.plain(last),
              CellText.plain(whole));
        }
        return;
      }
      BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(whole) != 0) {
        List<String> texts = new ArrayList<>();
        parts.forEach(p -> texts.add(CellText.plain(p)));
        out.plan(
            path("targets." + key),
            "sum",
            label(key),
            String.join(" + ", texts),
            CellText.plain(sum),
            CellText.plain(whole));
      }
    }

    /**
     * A message's variant for the kind of years: {@code variant} for implementation years (第 2 年),
     * {@code variant-calendar} for calendar years (2025 年).
     */
    private String calendarOr(Map<Integer, Integer> byYear, String variant) {
      return byYear == implementation ? variant : variant + "-calendar";
    }

    /** The calendar years the rule set allows, as messages show them (2024—2026). */
    private String span() {
      if (calendar.isEmpty()) {
        return "—";
      }
      return calendar.get(0) + "—" + calendar.get(calendar.size() - 1);
    }

    private static String join(List<Integer> years) {
      List<String> texts = new ArrayList<>();
      years.forEach(y -> texts.add(String.valueOf(y)));
      return String.join("、", texts);
    }

    /** A figure's name as a message shows it (in a workbook, as its row prints it). */
    private String label(String key) {
      return ctx.label(path("targets." + key));
    }
  }
}

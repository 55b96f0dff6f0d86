package io.shenbao.rules.model;

import io.shenbao.rules.finding.Keys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One 细分行业 with its data table (主要数据表). */
public record Industry(
    @NotBlank(message = Keys.IndustryKey.MISSING) String keyIndustry,
    @NotBlank(message = Keys.IndustrySub.MISSING) String subIndustry,
    @NotEmpty(message = Keys.MetricRequired.MESSAGE) List<String> districts,
    @NotNull(message = Keys.MetricRequired.MESSAGE) @Valid Baseline baseline,
    @NotNull(message = Keys.MetricRequired.MESSAGE)
        @Valid
        @ConvertGroup(from = Default.class, to = WholePeriod.class)
        Targets targets,
    List<@Valid YearTarget> yearly,
    String yearlyMode,
    @NotNull(message = Keys.MetricRequired.MESSAGE) @Valid Goals goals) {

  /** {@code yearly_mode} when each year gives that year's increment (the default). */
  public static final String INCREMENT = "increment";

  /** {@code yearly_mode} when each year gives the running total up to its end. */
  public static final String CUMULATIVE = "cumulative";

  /** The yearly mode as written (trimmed), {@link #INCREMENT} when absent. */
  public String yearlyModeOrDefault() {
    return yearlyMode == null || yearlyMode.isBlank() ? INCREMENT : yearlyMode.strip();
  }

  /** The districts, never null. */
  public List<String> districtList() {
    return districts == null ? List.of() : districts.stream().filter(Objects::nonNull).toList();
  }

  /** The yearly targets, never null. */
  public List<YearTarget> yearlyList() {
    return yearly == null ? List.of() : yearly;
  }

  /** 基准年数据 (2023). */
  public record Baseline(
      @NotNull(message = Keys.MetricRequired.MESSAGE) @Money BigDecimal outputValue,
      @NotNull(message = Keys.MetricRequired.MESSAGE) @Count BigDecimal aboveScaleSmes,
      @NotNull(message = Keys.MetricRequired.MESSAGE) @Count BigDecimal littleGiants,
      @NotNull(message = Keys.MetricRequired.MESSAGE) @Count BigDecimal specializedSmes) {}

  /**
   * One year's targets: an implementation year (1, 2) or a calendar year (2024 …), its increment
   * or, with {@code yearly_mode: cumulative}, the total up to its end.
   */
  public record YearTarget(
      @NotNull(message = Keys.MetricYearly.YEAR) Integer year, @Inline @Valid Targets metrics) {}

  /** The qualitative targets of 附件1 §二. */
  public record Goals(
      @NotBlank(message = Keys.MetricRequired.MESSAGE) String replication,
      @NotBlank(message = Keys.MetricRequired.MESSAGE) String innovation,
      @NotBlank(message = Keys.MetricRequired.MESSAGE) String typicalPractices) {}
}

package io.shenbao.rules.model;

import io.shenbao.rules.finding.Keys;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 目标数据: the whole-period targets of one sub-industry, or one year's increments. Every figure is
 * required for the whole period ({@link WholePeriod}); a year may leave figures out, which
 * METRIC-YEARLY reports.
 */
public record Targets(
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal transformAboveScale,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal transformBelowScale,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal transformTotal,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal transformLittleGiants,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal transformSpecialized,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal aboveScaleLevel2,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal specializedLevel2,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal littleGiantsLevel2,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal belowScaleLevel2,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal cloudSmes,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal xkqzSolutions,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal digitalWorkshops,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal level4Enterprises,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal serviceProviders,
    @NotNull(message = Keys.MetricRequired.MESSAGE, groups = WholePeriod.class) @Count
        BigDecimal chainModels) {

  /** The YAML keys of the figures, in the order of the contract. */
  public static final List<String> KEYS =
      List.of(
          "transform_above_scale",
          "transform_below_scale",
          "transform_total",
          "transform_little_giants",
          "transform_specialized",
          "above_scale_level2",
          "specialized_level2",
          "little_giants_level2",
          "below_scale_level2",
          "cloud_smes",
          "xkqz_solutions",
          "digital_workshops",
          "level4_enterprises",
          "service_providers",
          "chain_models");

  /** The figures by YAML key, in {@link #KEYS} order; absent figures map to null. */
  public Map<String, BigDecimal> byKey() {
    BigDecimal[] values = {
      transformAboveScale,
      transformBelowScale,
      transformTotal,
      transformLittleGiants,
      transformSpecialized,
      aboveScaleLevel2,
      specializedLevel2,
      littleGiantsLevel2,
      belowScaleLevel2,
      cloudSmes,
      xkqzSolutions,
      digitalWorkshops,
      level4Enterprises,
      serviceProviders,
      chainModels
    };
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      map.put(KEYS.get(i), values[i]);
    }
    return map;
  }
}

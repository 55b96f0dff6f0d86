package io.shenbao.rules.model;

import io.shenbao.rules.finding.Keys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * A first-batch city's progress report (工作进展情况) against the plan the two ministries approved
 * ({@code progress.yaml}, format 1): what was achieved by a date, per sub-industry, and how the
 * central funds were received and spent. The PROGRESS-* rules judge it against the approved plan
 * beside it; which figures are required is theirs to say.
 *
 * @param format the format version (1)
 * @param asOf the date the figures describe (数据截至日期), ISO {@code 2024-04-30}
 * @param industries what was achieved in each sub-industry of the approved plan
 * @param funds the central funds received and spent
 * @param narrative the report's text: progress, problems, next steps
 */
public record Progress(
    @NotNull(message = Keys.InputMissingField.MESSAGE) Integer format,
    String asOf,
    List<@Valid IndustryProgress> industries,
    @Valid Funds funds,
    @Valid Narrative narrative) {

  /** The industries, never null. */
  public List<IndustryProgress> industryList() {
    return industries == null ? List.of() : industries;
  }

  /**
   * What one sub-industry achieved since the plan's approval, cumulative to {@code as_of}.
   *
   * @param subIndustry the 细分行业, as the approved plan names it
   * @param achieved the achieved value of each target indicator (the keys of the plan's targets)
   */
  public record IndustryProgress(String subIndustry, @Valid Targets achieved) {}

  /**
   * The central funds (中央财政资金), in 万元.
   *
   * @param received the amount received so far (已到位)
   * @param spent what was spent, by use and category (the plan's funding categories)
   */
  public record Funds(@Money BigDecimal received, List<Plan.@Valid FundingItem> spent) {

    /** The spent items, never null. */
    public List<Plan.FundingItem> spentList() {
      return spent == null ? List.of() : spent;
    }
  }

  /**
   * The report's text.
   *
   * @param progress 总体进展
   * @param problems 存在问题
   * @param nextSteps 下一步工作
   */
  public record Narrative(String progress, String problems, String nextSteps) {}
}

package io.shenbao.rules.model;

import io.shenbao.rules.finding.Keys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * An implementation plan (实施方案) in format 1, as the contract gives it. {@code approvedOn} is the
 * date the two ministries approved it (批复日期), for a first-batch city's plan behind its progress
 * report; the two-year period runs from it.
 */
public record Plan(
    @NotNull(message = Keys.InputMissingField.MESSAGE) Integer format,
    String policy,
    @NotNull(message = Keys.InputMissingField.MESSAGE) @Valid City city,
    @NotNull(message = Keys.Contact.MISSING) @Valid Contact contact,
    @NotNull(message = Keys.InputMissingField.MESSAGE) @Valid Submission submission,
    @NotEmpty(message = Keys.IndustrySub.NONE) List<@Valid Industry> industries,
    @NotNull(message = Keys.InputMissingField.MESSAGE) @Valid Funding funding,
    @Valid Sections sections,
    String narrativePdf,
    @NotBlank(message = Keys.InputMissingField.MESSAGE) String roster,
    List<String> attachments,
    String recommendationLetter,
    String approvedOn) {

  /** The industries, never null. */
  public List<Industry> industryList() {
    return industries == null ? List.of() : industries;
  }

  /**
   * The same plan held to another submission level: a city re-checked as the province forwards it
   * (national), or a first-batch city's approved plan behind its progress report.
   */
  public Plan withLevel(String level) {
    return new Plan(
        format,
        policy,
        city,
        contact,
        new Submission(level),
        industries,
        funding,
        sections,
        narrativePdf,
        roster,
        attachments,
        recommendationLetter,
        approvedOn);
  }

  /** The attachments, never null. */
  public List<String> attachmentList() {
    return attachments == null ? List.of() : attachments;
  }

  /** 申报城市. */
  public record City(
      @NotBlank(message = Keys.InputMissingField.MESSAGE) String name,
      @NotBlank(message = Keys.InputMissingField.MESSAGE) String province,
      @NotBlank(message = Keys.InputMissingField.MESSAGE) String type) {}

  /** 联系人及电话. */
  public record Contact(
      @NotBlank(message = Keys.Contact.NAME) String name,
      @NotBlank(message = Keys.Contact.PHONE_MISSING) @Phone String phone) {}

  /** Where the plan is submitted: {@code municipal} or {@code national}. */
  public record Submission(@NotBlank(message = Keys.InputMissingField.MESSAGE) String level) {}

  /** 资金使用方向, in 万元. */
  public record Funding(
      @NotNull(message = Keys.InputMissingField.MESSAGE) @Money BigDecimal centralTotal,
      @NotEmpty(message = Keys.InputMissingField.MESSAGE) List<@Valid FundingItem> items) {

    /** The items, never null. */
    public List<FundingItem> itemList() {
      return items == null ? List.of() : items;
    }
  }

  /** One use of the central funds. */
  public record FundingItem(
      @NotBlank(message = Keys.InputMissingField.MESSAGE) String use,
      @NotBlank(message = Keys.InputMissingField.MESSAGE) String category,
      @NotNull(message = Keys.InputMissingField.MESSAGE) @Money BigDecimal amount) {}

  /** The narrative of 附件1 §一–§五. */
  public record Sections(
      String foundation,
      String workTargets,
      String implementation,
      String funding,
      String safeguards) {}
}

package io.shenbao.rules.check.registry;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.batch.BatchDuplicateCity;
import io.shenbao.rules.check.batch.BatchDuplicateEnterprise;
import io.shenbao.rules.check.batch.BatchQuota;
import io.shenbao.rules.check.bundle.BundleDamaged;
import io.shenbao.rules.check.city.CityEarlierBatch;
import io.shenbao.rules.check.city.CityProvince;
import io.shenbao.rules.check.city.CityType;
import io.shenbao.rules.check.city.PlanDistrict;
import io.shenbao.rules.check.contact.Contact;
import io.shenbao.rules.check.funding.FundingCap;
import io.shenbao.rules.check.funding.FundingSplit;
import io.shenbao.rules.check.funding.FundingSum;
import io.shenbao.rules.check.industry.IndustryKey;
import io.shenbao.rules.check.industry.IndustrySpread;
import io.shenbao.rules.check.industry.IndustrySub;
import io.shenbao.rules.check.input.InputMissingField;
import io.shenbao.rules.check.input.InputPath;
import io.shenbao.rules.check.input.InputSyntax;
import io.shenbao.rules.check.input.InputType;
import io.shenbao.rules.check.input.InputUnknownField;
import io.shenbao.rules.check.input.InputUnreadable;
import io.shenbao.rules.check.metric.MetricExceedsBaseline;
import io.shenbao.rules.check.metric.MetricLevel2Ratio;
import io.shenbao.rules.check.metric.MetricRequired;
import io.shenbao.rules.check.metric.MetricTotal;
import io.shenbao.rules.check.metric.MetricValue;
import io.shenbao.rules.check.metric.MetricYearly;
import io.shenbao.rules.check.progress.ProgressDate;
import io.shenbao.rules.check.progress.ProgressExceeds;
import io.shenbao.rules.check.progress.ProgressFunds;
import io.shenbao.rules.check.progress.ProgressIndustry;
import io.shenbao.rules.check.progress.ProgressLag;
import io.shenbao.rules.check.progress.ProgressRequired;
import io.shenbao.rules.check.progress.ProgressTotal;
import io.shenbao.rules.check.roster.RosterBelowScale;
import io.shenbao.rules.check.roster.RosterCount;
import io.shenbao.rules.check.roster.RosterCreditCode;
import io.shenbao.rules.check.roster.RosterCreditCodeOrg;
import io.shenbao.rules.check.roster.RosterDistrict;
import io.shenbao.rules.check.roster.RosterDuplicate;
import io.shenbao.rules.check.roster.RosterHeader;
import io.shenbao.rules.check.roster.RosterName;
import io.shenbao.rules.check.roster.RosterNotSme;
import io.shenbao.rules.check.roster.RosterRevenue;
import io.shenbao.rules.check.roster.RosterSubIndustry;
import io.shenbao.rules.check.roster.RosterTier;
import io.shenbao.rules.check.section.SectionMissing;
import io.shenbao.rules.check.submit.SubmitAttachment;
import io.shenbao.rules.check.submit.SubmitDeadline;
import io.shenbao.rules.check.submit.SubmitRecommendation;
import io.shenbao.rules.check.waiver.WaiverExpired;
import io.shenbao.rules.check.waiver.WaiverUnused;
import java.util.List;
import java.util.Optional;

/** The one registry of built-in rules, sorted by ID (a test keeps it so). No classpath scanning. */
public final class Rules {
  /** Every built-in rule, sorted by ID: the cross-city ones and those of one workspace. */
  public static final List<Rule> ALL =
      List.of(
          new BatchDuplicateCity(),
          new BatchDuplicateEnterprise(),
          new BatchQuota(),
          new BundleDamaged(),
          new CityEarlierBatch(),
          new CityProvince(),
          new CityType(),
          new Contact(),
          new FundingCap(),
          new FundingSplit(),
          new FundingSum(),
          new IndustryKey(),
          new IndustrySpread(),
          new IndustrySub(),
          new InputMissingField(),
          new InputPath(),
          new InputSyntax(),
          new InputType(),
          new InputUnknownField(),
          new InputUnreadable(),
          new MetricExceedsBaseline(),
          new MetricLevel2Ratio(),
          new MetricRequired(),
          new MetricTotal(),
          new MetricValue(),
          new MetricYearly(),
          new PlanDistrict(),
          new ProgressDate(),
          new ProgressExceeds(),
          new ProgressFunds(),
          new ProgressIndustry(),
          new ProgressLag(),
          new ProgressRequired(),
          new ProgressTotal(),
          new RosterBelowScale(),
          new RosterCount(),
          new RosterCreditCode(),
          new RosterCreditCodeOrg(),
          new RosterDistrict(),
          new RosterDuplicate(),
          new RosterHeader(),
          new RosterName(),
          new RosterNotSme(),
          new RosterRevenue(),
          new RosterSubIndustry(),
          new RosterTier(),
          new SectionMissing(),
          new SubmitAttachment(),
          new SubmitDeadline(),
          new SubmitRecommendation(),
          new WaiverExpired(),
          new WaiverUnused());

  private Rules() {}

  /** The rule with this ID. */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}

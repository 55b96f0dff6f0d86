package io.shenbao.rules.check;

import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a rule may look at for one workspace.
 *
 * @param plan the plan (fields may be null where the input was wrong)
 * @param locator where the plan's fields stand in the file the user wrote
 * @param planFile the plan file as the user names it
 * @param policy the rule set in force
 * @param asOf the instant the deadline rules compare against
 * @param narrativeText the text of {@code narrative_pdf}, or null when there is none or it is
 *     unreadable
 * @param progress the progress report beside an approved plan (a progress workspace), or null
 * @param forwardingProvince the province that forwards the city to the two ministries ({@code
 *     shenbao forward --province}), or null
 */
public record PlanContext(
    Plan plan,
    Locator locator,
    String planFile,
    Policy policy,
    OffsetDateTime asOf,
    String narrativeText,
    ProgressContext progress,
    String forwardingProvince) {

  /** A context without a progress report, outside forwarding. */
  public PlanContext(
      Plan plan,
      Locator locator,
      String planFile,
      Policy policy,
      OffsetDateTime asOf,
      String narrativeText) {
    this(plan, locator, planFile, policy, asOf, narrativeText, null, null);
  }

  /** The YAML location of a key path (or of its nearest ancestor when it is absent). */
  public Location at(String path) {
    return locator.at(path);
  }

  /** The rule set's administrative divisions, or null when it names none. */
  public Divisions divisions() {
    Policy.Item<String> d = policy.divisions();
    return d == null || d.value() == null ? null : Divisions.named(d.value());
  }

  /**
   * The unit the plan's city is, as its type requires: a prefecture-level unit for a prefecture,
   * capital or separately planned city, a municipality's district or county for {@code
   * municipal-district}; null for 兵团, an unknown name or a type the name does not fit (CITY-TYPE
   * reports those).
   */
  public Divisions.Unit cityUnit() {
    Plan.City city = plan.city();
    Divisions d = divisions();
    if (city == null || city.name() == null || city.type() == null || d == null) {
      return null;
    }
    return switch (city.type().trim()) {
      case "municipal-district" -> d.city(city.name(), city.province(), Divisions.Level.COUNTY);
      case "prefecture", "provincial-capital", "separately-planned" ->
          d.city(city.name(), city.province(), Divisions.Level.PREFECTURE);
      default -> null;
    };
  }

  /**
   * A field's name as a message shows it: in a workbook its label as printed there, else the
   * bundle's name for its key ({@code field.*}).
   */
  public String label(String path) {
    return label(locator, path);
  }

  /**
   * Where a field stands, as a message names it: its cell in a workbook ({@code 细分行业1!B4}), its key
   * path in YAML.
   */
  public String where(String path) {
    Location at = at(path);
    return at != null && at.isCell() ? at.shortForm() : path;
  }

  /**
   * A field's name as a message shows it, through {@code locator}: its printed label, else the
   * bundle's name for the key's last part ({@code industries[0].baseline} → {@code
   * field.baseline}).
   */
  static String label(Locator locator, String path) {
    String printed = locator.printedLabel(path);
    if (printed != null) {
      return printed;
    }
    String p = path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : path;
    return Messages.label("field." + p.substring(p.lastIndexOf('.') + 1));
  }

  /** The industries, never null. */
  public List<Industry> industries() {
    return plan.industryList();
  }

  /** The key path of industry {@code i}, plus a suffix. */
  public static String industryPath(int i, String suffix) {
    return "industries[" + i + "]" + (suffix.isEmpty() ? "" : "." + suffix);
  }
}

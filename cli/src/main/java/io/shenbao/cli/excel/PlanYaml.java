package io.shenbao.cli.excel;

import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Writes a plan as plan.yaml (format 1), keys in the contract's order, long texts as blocks. */
public final class PlanYaml {
  private PlanYaml() {}

  public static String write(Plan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", p.format() == null ? 1 : p.format());
    put(m, "policy", p.policy());
    put(m, "approved_on", p.approvedOn());
    if (p.city() != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      put(c, "name", p.city().name());
      put(c, "province", p.city().province());
      put(c, "type", p.city().type());
      m.put("city", c);
    }
    if (p.contact() != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      put(c, "name", p.contact().name());
      put(c, "phone", p.contact().phone());
      m.put("contact", c);
    }
    if (p.submission() != null) {
      m.put("submission", single("level", p.submission().level()));
    }
    List<Object> inds = new ArrayList<>();
    for (Industry i : p.industryList()) {
      Map<String, Object> x = new LinkedHashMap<>();
      put(x, "key_industry", i.keyIndustry());
      put(x, "sub_industry", i.subIndustry());
      put(x, "districts", i.districts());
      if (i.baseline() != null) {
        Map<String, Object> b = new LinkedHashMap<>();
        put(b, "output_value", i.baseline().outputValue());
        put(b, "above_scale_smes", i.baseline().aboveScaleSmes());
        put(b, "little_giants", i.baseline().littleGiants());
        put(b, "specialized_smes", i.baseline().specializedSmes());
        x.put("baseline", b);
      }
      if (i.targets() != null) {
        x.put("targets", figures(i.targets()));
      }
      List<Object> years = new ArrayList<>();
      for (Industry.YearTarget y : i.yearlyList()) {
        Map<String, Object> ym = new LinkedHashMap<>();
        put(ym, "year", y.year());
        if (y.metrics() != null) {
          ym.putAll(figures(y.metrics()));
        }
        years.add(ym);
      }
      if (!years.isEmpty()) {
        x.put("yearly", years);
      }
      put(x, "yearly_mode", i.yearlyMode());
      if (i.goals() != null) {
        Map<String, Object> g = new LinkedHashMap<>();
        put(g, "replication", i.goals().replication());
        put(g, "innovation", i.goals().innovation());
        put(g, "typical_practices", i.goals().typicalPractices());
        x.put("goals", g);
      }
      inds.add(x);
    }
    m.put("industries", inds);
    if (p.funding() != null) {
      Map<String, Object> f = new LinkedHashMap<>();
      put(f, "central_total", p.funding().centralTotal());
      f.put("items", items(p.funding().itemList()));
      m.put("funding", f);
    }
    if (p.sections() != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      put(s, "foundation", p.sections().foundation());
      put(s, "work_targets", p.sections().workTargets());
      put(s, "implementation", p.sections().implementation());
      put(s, "funding", p.sections().funding());
      put(s, "safeguards", p.sections().safeguards());
      m.put("sections", s);
    }
    put(m, "narrative_pdf", p.narrativePdf());
    put(m, "roster", p.roster());
    put(m, "attachments", p.attachments());
    put(m, "recommendation_letter", p.recommendationLetter());
    return dump(m);
  }

  /**
   * Writes a progress report as progress.yaml (format 1), keys in the contract's order, long texts
   * as blocks.
   */
  public static String write(Progress p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", p.format() == null ? 1 : p.format());
    put(m, "as_of", p.asOf());
    List<Object> inds = new ArrayList<>();
    for (Progress.IndustryProgress i : p.industryList()) {
      Map<String, Object> x = new LinkedHashMap<>();
      if (i != null) {
        put(x, "sub_industry", i.subIndustry());
        if (i.achieved() != null) {
          x.put("achieved", figures(i.achieved()));
        }
      }
      inds.add(x);
    }
    m.put("industries", inds);
    if (p.funds() != null) {
      Map<String, Object> f = new LinkedHashMap<>();
      put(f, "received", p.funds().received());
      f.put("spent", items(p.funds().spentList()));
      m.put("funds", f);
    }
    if (p.narrative() != null) {
      Map<String, Object> n = new LinkedHashMap<>();
      put(n, "progress", p.narrative().progress());
      put(n, "problems", p.narrative().problems());
      put(n, "next_steps", p.narrative().nextSteps());
      m.put("narrative", n);
    }
    return dump(m);
  }

  private static List<Object> items(List<Plan.FundingItem> items) {
    List<Object> out = new ArrayList<>();
    for (Plan.FundingItem it : items) {
      Map<String, Object> im = new LinkedHashMap<>();
      if (it != null) {
        put(im, "use", it.use());
        put(im, "category", it.category());
        put(im, "amount", it.amount());
      }
      out.add(im);
    }
    return out;
  }

  private static String dump(Map<String, Object> m) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    o.setIndent(2);
    o.setIndicatorIndent(2);
    o.setIndentWithIndicator(true);
    o.setWidth(4096);
    o.setSplitLines(false);
    return new Yaml(new Plain(o), o).dump(m);
  }

  private static Map<String, Object> figures(Targets t) {
    Map<String, Object> out = new LinkedHashMap<>();
    t.byKey().forEach((k, v) -> put(out, k, v));
    return out;
  }

  private static Map<String, Object> single(String k, Object v) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, k, v);
    return m;
  }

  private static void put(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** Numbers as plain YAML numbers, multi-line text as literal blocks. */
  private static final class Plain extends Representer {
    Plain(DumperOptions o) {
      super(o);
      Represent decimal =
          data -> {
            String text = CellText.plain((BigDecimal) data);
            return representScalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
          };
      this.representers.put(BigDecimal.class, decimal);
      this.representers.put(String.class, new Text());
    }

    private final class Text implements Represent {
      @Override
      public Node representData(Object data) {
        String s = (String) data;
        if (s.contains("\n")) {
          return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
        }
        return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.PLAIN);
      }
    }
  }
}

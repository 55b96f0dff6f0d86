package io.shenbao.rules.engine;

import io.shenbao.rules.check.Locator;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.Plan;
import java.nio.file.Path;
import java.util.List;

/**
 * The PDFs a plan names, probed before the rules run: each must be inside the workspace and a PDF
 * that opens; the pages merged into 实施方案.pdf (attachments, narrative) are checked for PDF/A-2b too;
 * the 推荐函 is packed as it is. The narrative's text is handed to the rules.
 */
final class PlanPdfs {
  private PlanPdfs() {}

  /**
   * Probes the PDFs {@code plan} names, adding what is wrong to {@code problems}; returns the
   * narrative PDF's text, if any.
   */
  static String probe(
      WorkspaceRef ws, Plan plan, Locator at, String planFile, List<Problem> problems) {
    List<String> attachments = plan.attachmentList();
    for (int i = 0; i < attachments.size(); i++) {
      probe(ws, at, planFile, problems, "attachments[" + i + "]", attachments.get(i), false, true);
    }
    probe(
        ws,
        at,
        planFile,
        problems,
        "recommendation_letter",
        plan.recommendationLetter(),
        false,
        false);
    return probe(ws, at, planFile, problems, "narrative_pdf", plan.narrativePdf(), true, true);
  }

  private static String probe(
      WorkspaceRef ws,
      Locator locator,
      String planFile,
      List<Problem> problems,
      String key,
      String rel,
      boolean withText,
      boolean merged) {
    if (rel == null || rel.isBlank()) {
      return null;
    }
    Location at = locator.at(key);
    Path file = WorkspacePaths.resolve(ws.dir(), rel, key, planFile, at, problems);
    if (file == null) {
      return null;
    }
    PdfProbe.Result r = PdfProbe.probe(file, withText, merged);
    if (r.status() != null) {
      problems.add(new Problem(r.status(), planFile, at, List.of(rel)));
      return null;
    }
    problems.addAll(PdfProbe.archival(ws.displayOf(rel), rel, r.archival()));
    return r.text();
  }
}

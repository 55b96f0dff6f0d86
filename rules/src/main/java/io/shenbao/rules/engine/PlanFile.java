package io.shenbao.rules.engine;

import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.PlanReader;
import io.shenbao.rules.read.ProgressReader;
import io.shenbao.rules.read.workbook.PlanXlsxReader;
import io.shenbao.rules.read.workbook.ProgressXlsxReader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A workspace's plan, plan.yaml or plan.xlsx, and its progress report, progress.yaml or
 * progress.xlsx: picks the reader by the file's name. The two readers do not know each other (both
 * bind through {@link PlanBinder}); this is the one place that knows both.
 */
public final class PlanFile {
  private PlanFile() {}

  /** True when the plan is a workbook (plan.xlsx), read by its labels. */
  public static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** Reads and validates the plan (plan.yaml or plan.xlsx); never throws for bad input. */
  public static PlanBinder.Result read(Path file, String display) {
    return read(file, display, PlanLayout.Words.NONE);
  }

  /**
   * Reads and validates the plan; a workbook is read in a rule set's {@code words} as well as the
   * layout's own. Never throws for bad input.
   */
  public static PlanBinder.Result read(Path file, String display, PlanLayout.Words words) {
    return isWorkbook(file)
        ? PlanXlsxReader.read(file, display, words)
        : PlanReader.read(file, display);
  }

  /**
   * Reads and validates a progress report (progress.yaml or progress.xlsx, picked by the file's
   * name as the plan is); a workbook is read in a rule set's {@code words} as well as the layout's
   * own. Never throws for bad input.
   */
  public static ProgressReader.Result readProgress(
      Path file, String display, PlanLayout.Words words) {
    return isWorkbook(file)
        ? ProgressXlsxReader.read(file, display, words)
        : ProgressReader.read(file, display);
  }
}

package io.shenbao.cli.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.finding.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompts and the checks' notes of the workbooks init writes (plan.xlsx, the roster template,
 * progress.xlsx) are the message bundle's {@code workbook.*} texts, in Chinese whatever {@code
 * --lang} says: the workbooks are Chinese documents, their labels what the reader recognises.
 */
class WorkbookWordsTest {
  @TempDir Path dir;

  @Test
  void everyPromptAndNoteIsTheChineseBundlesEvenWithLangEn() throws Exception {
    Path ws = dir.resolve("ws");
    CliRun plan =
        CliRun.of(
            "--lang", "en", "init", ws.toString(), "--excel", "--industry", "汽车制造业—汽车零部件及配件制造");
    assertThat(plan.code()).as(plan.err()).isZero();
    Path progress = dir.resolve("progress");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/sichuan/chengdu"), progress);
    Files.delete(progress.resolve("progress.yaml"));
    CliRun init = CliRun.of("--lang", "en", "init", progress.toString(), "--progress", "--excel");
    assertThat(init.code()).as(init.err()).isZero();

    List<String> texts = new ArrayList<>();
    texts.addAll(texts(ws.resolve("plan.xlsx")));
    texts.addAll(texts(ws.resolve("规上工业中小企业名单.xlsx")));
    texts.addAll(texts(progress.resolve("progress.xlsx")));

    assertThat(texts).isNotEmpty().allMatch(t -> !t.isBlank() && !t.contains("??"));
    Messages zh = Messages.of("zh");
    List<String> keys = zh.keys().stream().filter(k -> k.startsWith("workbook.")).toList();
    assertThat(keys).hasSizeGreaterThan(10);
    for (String key : keys) {
      // a text with a placeholder ({0}, the rule set's words) is matched by what comes before it
      String text = zh.format(key, "¤");
      String fixed = text.contains("¤") ? text.substring(0, text.indexOf('¤')) : text;
      assertThat(texts).as(key).anyMatch(t -> t.contains(fixed));
    }
  }

  /** Every prompt's and error box's title and text of a workbook's checks. */
  private static List<String> texts(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet s : wb) {
        for (DataValidation v : s.getDataValidations()) {
          out.add(v.getPromptBoxTitle());
          out.add(v.getPromptBoxText());
          if (v.getShowErrorBox()) {
            out.add(v.getErrorBoxTitle());
            out.add(v.getErrorBoxText());
          }
        }
      }
    }
    return out;
  }
}

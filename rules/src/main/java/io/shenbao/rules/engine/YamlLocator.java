package io.shenbao.rules.engine;

import io.shenbao.rules.check.Locator;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.read.ModelValidator;
import io.shenbao.rules.read.yaml.LocatedYaml;

/** The rules' {@link Locator} over the located tree a reader read (from YAML or a workbook). */
record YamlLocator(LocatedYaml yaml) implements Locator {
  /** The locator of {@code yaml}, or {@link Locator#NONE} when nothing was read. */
  static Locator of(LocatedYaml yaml) {
    return yaml == null ? Locator.NONE : new YamlLocator(yaml);
  }

  @Override
  public Location at(String path) {
    return ModelValidator.locate(yaml, path);
  }

  @Override
  public String printedLabel(String path) {
    return yaml.label(path);
  }

  @Override
  public boolean isComputed(String path) {
    return yaml.isComputed(path);
  }
}

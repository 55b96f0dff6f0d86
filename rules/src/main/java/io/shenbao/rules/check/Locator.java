package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;

/**
 * Where a field of a plan or progress report stands in the file the user wrote, by its key path
 * ({@code industries[0].targets.transform_total}). The engine supplies it from what the readers
 * read, so that no rule touches YAML or a workbook.
 */
public interface Locator {
  /** Nothing is located: every location is null, every label the bundle's. */
  Locator NONE =
      new Locator() {
        @Override
        public Location at(String path) {
          return null;
        }

        @Override
        public String printedLabel(String path) {
          return null;
        }

        @Override
        public boolean isComputed(String path) {
          return false;
        }
      };

  /** The location of a key path, or of its nearest ancestor when it is absent; null for none. */
  Location at(String path);

  /** The field's label as printed in the user's workbook, or null (YAML, or no label there). */
  String printedLabel(String path);

  /** Whether the workbook computes the field (the user cannot type it). */
  boolean isComputed(String path);
}

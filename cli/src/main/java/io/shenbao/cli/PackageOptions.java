package io.shenbao.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code bundle} and {@code forward} share: how their package is written and dated. */
final class PackageOptions {
  @Option(names = "--zip", descriptionKey = "option.zip")
  boolean zip;

  @Option(names = "--font", paramLabel = "[ROLE=]FILE", descriptionKey = "option.font")
  List<String> fonts = new ArrayList<>();

  @Option(names = "--force", descriptionKey = "option.bundle-force")
  boolean force;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.date")
  String date;

  @Option(names = "--no-rasterize", descriptionKey = "option.no-rasterize")
  boolean noRasterize;
}

package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lets tests in other packages make bags: the tool's own writer seals a folder's data/. */
public final class Bags {
  private Bags() {}

  /**
   * Writes the tag files of a bag around {@code bag}'s data/ folder with the given bag-info fields
   * (Payload-Oxum is added), replacing any there: a genuine bag of what data/ holds now.
   */
  public static void seal(Path bag, Map<String, String> info) throws IOException {
    for (String tag :
        new String[] {
          "bagit.txt",
          "bag-info.txt",
          "manifest-sha256.txt",
          "manifest-sha512.txt",
          "tagmanifest-sha256.txt"
        }) {
      Files.deleteIfExists(bag.resolve(tag));
    }
    Bag.write(bag, info, Faults.NONE);
  }

  /** Seals {@code bag} again with its own bag-info fields: as a tool that packed it so would. */
  public static void reseal(Path bag) throws IOException {
    Map<String, String> info = new LinkedHashMap<>();
    for (String line : Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("Payload-Oxum")) {
        info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    seal(bag, info);
  }

  /** Zips a bag folder as {@code bundle --zip} does (under its folder name, fixed times). */
  public static void zip(Path bag, Path zip) throws IOException {
    try (var out = Files.newOutputStream(zip)) {
      DeterministicZip.zipFolder(
          bag, bag.getFileName().toString(), out, LocalDateTime.of(2024, 5, 10, 0, 0));
    }
  }
}

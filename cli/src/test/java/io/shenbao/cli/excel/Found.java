package io.shenbao.cli.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.cli.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What {@code validate --format json} finds in a workspace, for the workbook tests. */
final class Found {
  private Found() {}

  /** The JSON report of a workspace validated as of a day. */
  static JsonNode json(Path ws, String asOf) throws Exception {
    CliRun r = CliRun.of("validate", ws.toString(), "--as-of", asOf, "--format", "json");
    return new ObjectMapper().readTree(r.out());
  }

  /** Each finding as {@code line} writes it, sorted. */
  static List<String> findings(Path ws, String asOf, Function<JsonNode, String> line)
      throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode f : json(ws, asOf).get("findings")) {
      out.add(line.apply(f));
    }
    out.sort(null);
    return out;
  }

  /** A finding's cell as "sheet!cell", or "-" when it has no location. */
  static String cell(JsonNode finding) {
    JsonNode l = finding.get("location");
    return l == null ? "-" : l.path("sheet").asText() + "!" + l.path("cell").asText();
  }
}

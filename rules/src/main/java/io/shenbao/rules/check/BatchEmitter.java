package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;
import java.util.List;

/** Where a cross-city rule reports: a finding in one workspace's file, at a location. */
public interface BatchEmitter {
  void at(String workspace, String file, Location location, String variant, Object... args);

  /**
   * A finding about a list of credit codes: the message names a few, the JSON report lists them
   * all.
   */
  void codes(
      String workspace,
      String file,
      Location location,
      String variant,
      List<String> codes,
      Object... args);
}

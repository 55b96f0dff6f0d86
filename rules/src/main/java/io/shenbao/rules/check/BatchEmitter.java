package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;

/** Where a cross-city rule reports: a finding in one workspace's file, at a location. */
public interface BatchEmitter {
  void at(String workspace, String file, Location location, String variant, Object... args);
}

package io.shenbao.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The fault-injection seam of everything the tool writes. A test stops a bundle run at a named
 * stage (as a kill would) or makes a file fail while it is written (as a full disk would);
 * production uses {@link #NONE}, which does neither.
 */
public interface Faults {
  /** No faults. */
  Faults NONE = new Faults() {};

  /** The stages of a bundle run, in the order they are reached. */
  enum Stage {
    /** The target is locked, leftovers of interrupted runs are undone, and it may be written. */
    CLAIMED,
    /** The workspace passed validation. */
    VALIDATED,
    /** The hidden staging folder exists beside the target. */
    STAGED,
    /** The first payload file (the electronic PDF) is written. */
    PAYLOAD_STARTED,
    /** Every payload file is written. */
    PAYLOAD,
    /** The bag's tag files (manifests, bag-info.txt) are written. */
    BAG,
    /** The zip is written in the staging folder (or would have been, without --zip). */
    ZIP,
    /** The commit mark is written: from here on a new run undoes this one. */
    MARKED,
    /** A previous bundle and its zip (with --force) are moved aside into the staging folder. */
    OLD_MOVED_ASIDE,
    /** The zip is in place (only with --zip). */
    ZIP_IN_PLACE,
    /** The folder is in place. */
    FOLDER_IN_PLACE,
    /** The commit mark is removed: the run is done, only clean-up is left. */
    COMMITTED
  }

  /** A stop point: called as each stage is reached. */
  default void reached(Stage stage) throws IOException {}

  /** Wraps the stream that writes {@code file}, for example to fail as a full disk does. */
  default OutputStream wrap(Path file, OutputStream out) throws IOException {
    return out;
  }
}

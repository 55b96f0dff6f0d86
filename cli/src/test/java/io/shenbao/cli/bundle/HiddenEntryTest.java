package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry the zip holds but its directory does not list is damage (an extractor that reads from
 * the front would unpack it), found without reading the zip twice when its local headers tile it as
 * the directory says, and by reading it again from the front when they do not.
 */
class HiddenEntryTest {
  @TempDir Path dir;
  final Map<String, byte[]> bag = new TreeMap<>();

  @BeforeEach
  void aGenuineBag() throws IOException {
    Path folder = dir.resolve("bag");
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/名单.csv"), "统一社会信用代码,企业名称\n".repeat(50));
    Files.writeString(folder.resolve("data/plan.yaml"), "format: 1\n");
    Bags.seal(folder, Map.of("Source-Organization", "重庆市璧山区"));
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          bag.put(
              "bag/" + folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
  }

  @Test
  void aZipTheToolWritesIsReadOnce() throws IOException {
    Path zip = dir.resolve("tool.zip");
    Bags.zip(dir.resolve("bag"), zip);
    assertThat(BagVerifier.verify(zip).problems()).isEmpty();
    assertThat(tiles(zip)).isTrue();
  }

  @Test
  void anEntryTheDirectoryDoesNotListIsDamage() throws IOException {
    List<Entry> entries = entries();
    entries.add(1, new Entry("bag/data/evil.exe", "MZ".getBytes(StandardCharsets.UTF_8), false));
    Path zip = write("hidden.zip", entries);
    assertThat(tiles(zip)).isFalse();
    assertThat(BagVerifier.verify(zip).problems())
        .containsExactly(
            new BagVerifier.Problem(
                BagVerifier.Kind.HIDDEN, "bag/data/evil.exe", null, null, null));
  }

  @Test
  void anEntryHiddenInsideAnotherEntrysPackedDataIsDamage() throws IOException {
    List<Entry> entries = entries();
    byte[] evil = local("bag/data/evil.exe", "MZ".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name().equals("bag/data/名单.csv")) {
        Entry e = entries.get(i);
        entries.set(i, new Entry(e.name(), e.data(), true, evil));
      }
    }
    Path zip = write("inside.zip", entries);
    assertThat(BagVerifier.verify(zip).problems())
        .containsExactly(
            new BagVerifier.Problem(
                BagVerifier.Kind.HIDDEN, "bag/data/evil.exe", null, null, null));
  }

  private boolean tiles(Path zip) throws IOException {
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      return LocalHeaders.tile(zip, Collections.list(z.getEntries()));
    }
  }

  private List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    bag.forEach((name, data) -> out.add(new Entry(name, data, true)));
    return out;
  }

  /**
   * One entry: listed in the directory or not; {@code smuggled} bytes after its deflate stream,
   * counted in the directory's packed size but not in the local header's.
   */
  record Entry(String name, byte[] data, boolean listed, byte[] smuggled) {
    Entry(String name, byte[] data, boolean listed) {
      this(name, data, listed, new byte[0]);
    }
  }

  /** A zip of deflated entries with their sizes in the local headers (no data descriptors). */
  private Path write(String file, List<Entry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream directory = new ByteArrayOutputStream();
    int listed = 0;
    for (Entry e : entries) {
      int offset = out.size();
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      byte[] packed = deflate(e.data());
      long crc = crc(e.data());
      out.write(
          header(0x04034b50, 30)
              .putShort(4, (short) 20)
              .putShort(6, (short) 0x800)
              .putShort(8, (short) 8)
              .putShort(12, (short) 0x21)
              .putInt(14, (int) crc)
              .putInt(18, packed.length)
              .putInt(22, e.data().length)
              .putShort(26, (short) name.length)
              .array());
      out.write(name);
      out.write(packed);
      out.write(e.smuggled());
      if (e.listed()) {
        listed++;
        directory.write(
            header(0x02014b50, 46)
                .putShort(4, (short) 20)
                .putShort(6, (short) 20)
                .putShort(8, (short) 0x800)
                .putShort(10, (short) 8)
                .putShort(14, (short) 0x21)
                .putInt(16, (int) crc)
                .putInt(20, packed.length + e.smuggled().length)
                .putInt(24, e.data().length)
                .putShort(28, (short) name.length)
                .putInt(42, offset)
                .array());
        directory.write(name);
      }
    }
    int start = out.size();
    out.write(directory.toByteArray());
    out.write(
        header(0x06054b50, 22)
            .putShort(8, (short) listed)
            .putShort(10, (short) listed)
            .putInt(12, directory.size())
            .putInt(16, start)
            .array());
    Path zip = dir.resolve(file);
    Files.write(zip, out.toByteArray());
    return zip;
  }

  /** A stored entry's local header and data, as a smuggler would hide it. */
  private static byte[] local(String name, byte[] data) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b =
        header(0x04034b50, 30 + n.length + data.length)
            .putShort(4, (short) 10)
            .putShort(6, (short) 0x800)
            .putShort(12, (short) 0x21)
            .putInt(14, (int) crc(data))
            .putInt(18, data.length)
            .putInt(22, data.length)
            .putShort(26, (short) n.length);
    b.position(30);
    b.put(n).put(data);
    return b.array();
  }

  private static ByteBuffer header(int signature, int length) {
    return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(0, signature);
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static long crc(byte[] data) {
    CRC32 c = new CRC32();
    c.update(data);
    return c.getValue();
  }
}

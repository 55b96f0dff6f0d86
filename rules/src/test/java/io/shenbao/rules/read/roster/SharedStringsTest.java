package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared strings take no more memory than they are given: text and offsets both count. */
class SharedStringsTest {
  private static XmlBytes sst(String body) throws IOException {
    return new XmlBytes(
        new ByteArrayInputStream(("<sst>" + body + "</sst>").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void emptyStringsCostTheirOffsets() throws Exception {
    String million = "<si/>".repeat(1_000_000);
    assertThatThrownBy(() -> SharedStrings.read(sst(million), 1 << 20))
        .isInstanceOf(SharedStrings.TooLarge.class);
    assertThat(SharedStrings.read(sst(million), 16 << 20).size()).isEqualTo(1_000_000);
  }

  @Test
  void manyShortStringsCostTextAndOffsets() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append("<si><t>").append(i).append("</t></si>");
    }
    // about 1.1 MB of text and 0.8 MB of offsets: 1.5 MB is too little, 4 MB enough
    assertThatThrownBy(() -> SharedStrings.read(sst(sb.toString()), 3 << 19))
        .isInstanceOf(SharedStrings.TooLarge.class);
    SharedStrings s = SharedStrings.read(sst(sb.toString()), 4 << 20);
    assertThat(s.get(199_999)).isEqualTo("199999");
  }
}

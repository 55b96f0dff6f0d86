package io.shenbao.cli.bundle;

/**
 * Page geometry of GB/T 9704-2012 (党政机关公文格式), in PDF points: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225
 * mm, 22 lines of 3号 (16 pt) type, title in 2号 (22 pt), page numbers in 4号 (14 pt) 7 mm below the
 * type area.
 */
final class Gb9704 {
  static final float MM = 72f / 25.4f;
  static final float PAGE_W = 210 * MM;
  static final float PAGE_H = 297 * MM;
  static final float LEFT = 28 * MM;
  static final float BODY_W = 156 * MM;
  static final float BODY_H = 225 * MM;
  static final float TOP = PAGE_H - 37 * MM;
  static final float BOTTOM = TOP - BODY_H;
  static final float RIGHT = LEFT + BODY_W;

  /** 3号. */
  static final float BODY_SIZE = 16f;

  /** 22 lines fill the type area. */
  static final float LINE = BODY_H / 22f;

  /** 2号. */
  static final float TITLE_SIZE = 22f;

  /** 4号. */
  static final float FOOTER_SIZE = 14f;

  /** 小四, for tables. */
  static final float TABLE_SIZE = 12f;

  /** 五号, for the roster table. */
  static final float SMALL_SIZE = 10.5f;

  /** The page number's baseline: its top 7 mm below the type area. */
  static final float FOOTER_BASELINE = BOTTOM - 7 * MM - FOOTER_SIZE * 0.8f;

  private Gb9704() {}
}

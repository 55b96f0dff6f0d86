package io.shenbao.rules.finding;

/**
 * The message keys of the findings raised outside a rule's own {@code check}: by the readers, the
 * model's constraints and the engine. Each nested class belongs to one rule (its {@code ID} is the
 * rule's ID and its own message key), and a key's part before the first dot is that ID. A test
 * checks that every key here has a message in both bundles and names a registered rule; the engine
 * fails loudly on a key whose rule it does not know, so a typo cannot lose a finding.
 */
public final class Keys {
  private Keys() {}

  /** The keys of BATCH-QUOTA. */
  public static final class BatchQuota {
    public static final String ID = "BATCH-QUOTA";

    private BatchQuota() {}
  }

  /** The keys of CONTACT. */
  public static final class Contact {
    public static final String ID = "CONTACT";
    public static final String MISSING = ID + ".missing";
    public static final String NAME = ID + ".name";
    public static final String PHONE = ID + ".phone";
    public static final String PHONE_MISSING = ID + ".phone-missing";

    private Contact() {}
  }

  /** The keys of INDUSTRY-KEY. */
  public static final class IndustryKey {
    public static final String ID = "INDUSTRY-KEY";
    public static final String MISSING = ID + ".missing";

    private IndustryKey() {}
  }

  /** The keys of INDUSTRY-SUB. */
  public static final class IndustrySub {
    public static final String ID = "INDUSTRY-SUB";
    public static final String MISSING = ID + ".missing";
    public static final String NONE = ID + ".none";

    private IndustrySub() {}
  }

  /** The keys of INPUT-MISSING-FIELD. */
  public static final class InputMissingField {
    public static final String ID = "INPUT-MISSING-FIELD";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    private InputMissingField() {}
  }

  /** The keys of INPUT-PATH. */
  public static final class InputPath {
    public static final String ID = "INPUT-PATH";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    private InputPath() {}
  }

  /** The keys of INPUT-SYNTAX. */
  public static final class InputSyntax {
    public static final String ID = "INPUT-SYNTAX";
    public static final String CELL_TOO_LONG = ID + ".cell-too-long";
    public static final String CSV_ENCODING = ID + ".csv-encoding";
    public static final String CSV_QUOTE = ID + ".csv-quote";
    public static final String ENCODING = ID + ".encoding";
    public static final String NO_SHEET = ID + ".no-sheet";
    public static final String NOT_MAPPING = ID + ".not-mapping";
    public static final String PLAN_WORKBOOK = ID + ".plan-workbook";
    public static final String PROGRESS_WORKBOOK = ID + ".progress-workbook";
    public static final String ROW_NUMBER = ID + ".row-number";
    public static final String WORKBOOK = ID + ".workbook";
    public static final String YAML = ID + ".yaml";

    private InputSyntax() {}
  }

  /** The keys of INPUT-TYPE. */
  public static final class InputType {
    public static final String ID = "INPUT-TYPE";

    public static final String BOOLEAN = ID + ".boolean";
    public static final String CONTROL = ID + ".control";
    public static final String EMPTY_ITEM = ID + ".empty-item";
    public static final String FORMAT = ID + ".format";
    public static final String INTEGER = ID + ".integer";
    public static final String LIST = ID + ".list";
    public static final String MAPPING = ID + ".mapping";
    public static final String NEGATIVE = ID + ".negative";
    public static final String NUMBER = ID + ".number";
    public static final String PACKAGE_POLICY = ID + ".package-policy";
    public static final String POLICY = ID + ".policy";
    public static final String PRECISION = ID + ".precision";
    public static final String TEXT = ID + ".text";
    public static final String UNIT = ID + ".unit";

    private InputType() {}
  }

  /** The keys of INPUT-UNKNOWN-FIELD. */
  public static final class InputUnknownField {
    public static final String ID = "INPUT-UNKNOWN-FIELD";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    public static final String SUGGEST = ID + ".suggest";

    private InputUnknownField() {}
  }

  /** The keys of INPUT-UNREADABLE. */
  public static final class InputUnreadable {
    public static final String ID = "INPUT-UNREADABLE";
    public static final String BOMB = ID + ".bomb";
    public static final String EMPTY = ID + ".empty";
    public static final String ENCRYPTED = ID + ".encrypted";
    public static final String FORMAT = ID + ".format";
    public static final String IO = ID + ".io";
    public static final String LOCALE = ID + ".locale";
    public static final String MEMORY = ID + ".memory";
    public static final String MEMORY_ROWS = ID + ".memory-rows";
    public static final String MISMATCH = ID + ".mismatch";
    public static final String MISSING = ID + ".missing";
    public static final String NOT_A_FILE = ID + ".not-a-file";
    public static final String PACKAGE_PLAN = ID + ".package-plan";
    public static final String TOO_LARGE = ID + ".too-large";
    public static final String TWO_PLANS = ID + ".two-plans";
    public static final String TWO_PROGRESS = ID + ".two-progress";

    private InputUnreadable() {}
  }

  /** The keys of METRIC-REQUIRED. */
  public static final class MetricRequired {
    public static final String ID = "METRIC-REQUIRED";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    private MetricRequired() {}
  }

  /** The keys of METRIC-VALUE. */
  public static final class MetricValue {
    public static final String ID = "METRIC-VALUE";

    public static final String ABSURD = ID + ".absurd";
    public static final String FRACTION = ID + ".fraction";
    public static final String NEGATIVE = ID + ".negative";

    private MetricValue() {}
  }

  /** The keys of METRIC-YEARLY. */
  public static final class MetricYearly {
    public static final String ID = "METRIC-YEARLY";
    public static final String YEAR = ID + ".year";

    private MetricYearly() {}
  }

  /** The keys of ROSTER-HEADER. */
  public static final class RosterHeader {
    public static final String ID = "ROSTER-HEADER";
    public static final String MISSING = ID + ".missing";
    public static final String NOT_FOUND = ID + ".not-found";

    private RosterHeader() {}
  }

  /** The keys of SUBMIT-ATTACHMENT. */
  public static final class SubmitAttachment {
    public static final String ID = "SUBMIT-ATTACHMENT";
    public static final String CORRUPT = ID + ".corrupt";
    public static final String ENCRYPTED = ID + ".encrypted";
    public static final String MISSING = ID + ".missing";
    public static final String NO_PAGES = ID + ".no-pages";
    public static final String NOT_PDF = ID + ".not-pdf";
    public static final String PDFA_COLOUR = ID + ".pdfa-colour";
    public static final String PDFA_CONTENT = ID + ".pdfa-content";
    public static final String PDFA_ENCRYPTED = ID + ".pdfa-encrypted";
    public static final String PDFA_FONT = ID + ".pdfa-font";
    public static final String PDFA_JAVASCRIPT = ID + ".pdfa-javascript";
    public static final String PDFA_TRANSPARENCY = ID + ".pdfa-transparency";
    public static final String PDFA_UNREADABLE = ID + ".pdfa-unreadable";
    public static final String TOO_LARGE = ID + ".too-large";
    public static final String UNREADABLE = ID + ".unreadable";

    private SubmitAttachment() {}
  }

  /** The keys of WAIVER-EXPIRED. */
  public static final class WaiverExpired {
    public static final String ID = "WAIVER-EXPIRED";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    private WaiverExpired() {}
  }

  /** The keys of WAIVER-UNUSED. */
  public static final class WaiverUnused {
    public static final String ID = "WAIVER-UNUSED";

    /** The rule's own message, without a variant. */
    public static final String MESSAGE = ID;

    private WaiverUnused() {}
  }
}

package io.shenbao.rules.read;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.text.CellText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the field-level constraints declared on the model and turns each violation into a {@link
 * Problem} at the field's own YAML position. The constraint's message is the message key, so the
 * rule ID comes with it ({@code METRIC-VALUE.negative}). The constraints are evaluated by {@link
 * ModelConstraints} when it knows them all, which spares a check Hibernate Validator's start-up;
 * otherwise, and whenever it declines, by Hibernate Validator, loaded then.
 */
public final class ModelValidator {
  private static final class Holder {
    /** Kept so that the level set below is not lost when the logger is collected. */
    static final Logger HV_LOG = quiet();

    static final ValidatorFactory FACTORY =
        HV_LOG == null
            ? null
            : Validation.byDefaultProvider()
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
  }

  private static final Comparator<ModelConstraints.Violation> ORDER =
      Comparator.comparing(ModelConstraints.Violation::path)
          .thenComparing(ModelConstraints.Violation::template);

  private ModelValidator() {}

  /**
   * Prepares the constraints of {@code root} and every record it holds now (on a spare core) rather
   * than at the first plan: this class's own reading of them, or, if the model needs it, Hibernate
   * Validator's factory and metadata.
   */
  public static void warm(Class<?> root) {
    if (ModelConstraints.of(root) != null) {
      return;
    }
    Validator validator = Holder.FACTORY.getValidator();
    Set<Class<?>> seen = new HashSet<>();
    ArrayDeque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      validator.getConstraintsForClass(c);
      for (RecordComponent rc : c.getRecordComponents()) {
        Type t = rc.getGenericType();
        if (t instanceof ParameterizedType pt) {
          t = pt.getActualTypeArguments()[pt.getActualTypeArguments().length - 1];
        }
        if (t instanceof Class<?> k && k.isRecord()) {
          todo.push(k);
        }
      }
    }
  }

  /**
   * Hibernate Validator announces its version at INFO on every start; keep stderr clean. Its
   * logging facade is told to use java.util.logging rather than probe for Log4j (which POI brings
   * along).
   */
  private static Logger quiet() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    Logger log = Logger.getLogger("org.hibernate.validator");
    log.setLevel(Level.WARNING);
    return log;
  }

  /** The violations of {@code model}, sorted by property path and message. */
  static List<ModelConstraints.Violation> violations(Object model) {
    ModelConstraints own = ModelConstraints.of(model.getClass());
    List<ModelConstraints.Violation> out = null;
    if (own != null) {
      try {
        out = own.validate(model);
      } catch (ModelConstraints.Unsupported e) {
        out = null;
      }
    }
    if (out == null) {
      out = hibernateViolations(model);
    }
    out.sort(ORDER);
    return out;
  }

  /** The violations of {@code model} as Hibernate Validator finds them, unsorted. */
  static List<ModelConstraints.Violation> hibernateViolations(Object model) {
    List<ModelConstraints.Violation> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : Holder.FACTORY.getValidator().validate(model)) {
      out.add(
          new ModelConstraints.Violation(
              v.getPropertyPath().toString(), v.getMessageTemplate(), v.getInvalidValue()));
    }
    return out;
  }

  /** The violations of {@code model}, located through {@code yaml}. */
  public static List<Problem> validate(Object model, LocatedYaml yaml, String file) {
    List<Problem> out = new ArrayList<>();
    for (ModelConstraints.Violation v : violations(model)) {
      String path = yamlPath(v.path());
      Object invalid = v.invalid();
      String value = invalid instanceof BigDecimal n ? CellText.plain(n) : String.valueOf(invalid);
      String label = yaml.label(path);
      out.add(
          new Problem(
              v.template(),
              file,
              locate(yaml, path),
              List.of(
                  yaml.subject(path),
                  value,
                  label != null ? label : Messages.label("field." + LocatedYaml.leaf(path)))));
    }
    return out;
  }

  /** A YAML location for a key path: the node itself, or its nearest ancestor if it is absent. */
  public static Location locate(LocatedYaml yaml, String path) {
    String p = path;
    while (true) {
      Location at = yaml.location(p);
      if (at != null) {
        return at.line() != null ? Location.yaml(at.line(), at.column(), path) : at.withPath(path);
      }
      if (p.isEmpty()) {
        return yaml.isWorkbook() ? null : Location.yaml(1, 1, path);
      }
      p = parent(p);
    }
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** Java property path → YAML key path: camelCase to snake_case, inline components removed. */
  static String yamlPath(String propertyPath) {
    String p = propertyPath.replace(".metrics", "").replaceAll("<[^>]*>", "");
    p = p.replaceAll("\\[\\]", "");
    return RecordBinder.snake(p);
  }
}

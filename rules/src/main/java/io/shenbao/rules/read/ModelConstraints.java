package io.shenbao.rules.read;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Evaluates the Jakarta constraints declared on record models, as Hibernate Validator does, for the
 * constraints the plan model uses: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty},
 * {@code @PositiveOrZero}, {@code @Digits}, {@code @DecimalMax}, constraints composed of these,
 * custom constraints whose validator ignores its context, groups with inheritance, {@code @Valid}
 * on a record or on a list's elements, and {@code @ConvertGroup}.
 *
 * <p>Why not Hibernate Validator itself: its start-up costs about half a second of CPU, as much as
 * the rest of a small check. The annotations stay the one declaration of the constraints, and the
 * model is handed to Hibernate Validator whenever it declares anything outside this list ({@link
 * #of} answers null) or a validator needs its context; a test holds the two to the same violations
 * over every plan in the test fixtures, every single change of a field of the base plan and
 * hundreds of random combinations of changes.
 */
final class ModelConstraints {
  /** One failed constraint: Hibernate Validator's property path, message template, value. */
  record Violation(String path, String template, Object invalid) {}

  /** Thrown while reading a model when it needs Hibernate Validator after all. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private record Check(String message, Class<?>[] groups, Predicate<Object> valid) {
    boolean appliesIn(Class<?> group) {
      for (Class<?> g : groups) {
        if (g.isAssignableFrom(group)) {
          return true;
        }
      }
      return false;
    }
  }

  private enum Cascade {
    NONE,
    BEAN,
    ELEMENTS
  }

  private record Property(
      String name, Field field, List<Check> checks, Cascade cascade, Map<Class<?>, Class<?>> to) {}

  private static final Map<Class<?>, List<Property>> BEANS = new ConcurrentHashMap<>();
  private static final Class<?>[] DEFAULT = {Default.class};

  private final Class<?> root;

  private ModelConstraints(Class<?> root) {
    this.root = root;
  }

  /** Each root's evaluator, or empty when the root needs Hibernate Validator: decided once. */
  private static final ClassValue<Optional<ModelConstraints>> ROOTS =
      new ClassValue<>() {
        @Override
        protected Optional<ModelConstraints> computeValue(Class<?> root) {
          return Optional.ofNullable(inspectRoot(root));
        }
      };

  /**
   * The evaluator for {@code root} and every record it cascades to, or null if any of them declares
   * a constraint this class does not evaluate.
   */
  static ModelConstraints of(Class<?> root) {
    return ROOTS.get(root).orElse(null);
  }

  private static ModelConstraints inspectRoot(Class<?> root) {
    try {
      List<Class<?>> todo = new ArrayList<>(List.of(root));
      Set<Class<?>> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        Class<?> c = todo.remove(todo.size() - 1);
        if (seen.add(c)) {
          for (Property p : bean(c)) {
            if (p.cascade() != Cascade.NONE) {
              todo.add(cascadedType(p));
            }
          }
        }
      }
      return new ModelConstraints(root);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * The violations of {@code model} in the default group, unsorted.
   *
   * @throws Unsupported if a custom validator needs its context
   */
  List<Violation> validate(Object model) {
    if (!root.isInstance(model)) {
      throw new Unsupported(model.getClass().getName());
    }
    List<Violation> out = new ArrayList<>();
    validate(model, Default.class, "", out);
    return out;
  }

  private static void validate(Object bean, Class<?> group, String prefix, List<Violation> out) {
    for (Property p : bean(bean.getClass())) {
      Object value = read(p.field(), bean);
      String path = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
      for (Check c : p.checks()) {
        if (c.appliesIn(group) && !c.valid().test(value)) {
          out.add(new Violation(path, c.message(), value));
        }
      }
      if (value == null || p.cascade() == Cascade.NONE) {
        continue;
      }
      Class<?> next = p.to().getOrDefault(group, group);
      if (p.cascade() == Cascade.BEAN) {
        validate(value, next, path, out);
      } else {
        int i = 0;
        for (Object element : (List<?>) value) {
          if (element != null) {
            validate(element, next, path + "[" + i + "]", out);
          }
          i++;
        }
      }
    }
  }

  private static Object read(Field f, Object bean) {
    try {
      return f.get(bean);
    } catch (IllegalAccessException e) {
      throw new Unsupported(f.toString());
    }
  }

  private static List<Property> bean(Class<?> c) {
    List<Property> known = BEANS.get(c);
    if (known == null) {
      known = inspect(c);
      BEANS.putIfAbsent(c, known);
    }
    return known;
  }

  private static List<Property> inspect(Class<?> c) {
    if (!c.isRecord() || hasConstraint(c)) {
      throw new Unsupported(c.getName());
    }
    List<Property> props = new ArrayList<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      Field f;
      try {
        f = c.getDeclaredField(rc.getName());
        f.setAccessible(true);
      } catch (NoSuchFieldException | RuntimeException e) {
        throw new Unsupported(rc.toString());
      }
      List<Check> checks = new ArrayList<>();
      Cascade cascade = Cascade.NONE;
      Map<Class<?>, Class<?>> to = new HashMap<>();
      for (Annotation a : f.getDeclaredAnnotations()) {
        if (a instanceof Valid) {
          cascade = Cascade.BEAN;
        } else if (a instanceof ConvertGroup g) {
          to.put(g.from(), g.to());
        } else if (a instanceof ConvertGroup.List l) {
          for (ConvertGroup g : l.value()) {
            to.put(g.from(), g.to());
          }
        } else {
          constraint(a, null, f.getType(), checks);
        }
      }
      if (cascade == Cascade.BEAN && !f.getType().isRecord()) {
        throw new Unsupported(f + ": @Valid on a " + f.getType().getSimpleName());
      }
      if (f.getGenericType() instanceof ParameterizedType && elementsValid(f.getAnnotatedType())) {
        if (cascade != Cascade.NONE || f.getType() != List.class) {
          throw new Unsupported(f.toString());
        }
        cascade = Cascade.ELEMENTS;
      }
      props.add(new Property(rc.getName(), f, List.copyOf(checks), cascade, Map.copyOf(to)));
    }
    return List.copyOf(props);
  }

  /** Whether {@code List<@Valid X>}; any other annotation inside a type's arguments is refused. */
  private static boolean elementsValid(AnnotatedType type) {
    if (!(type instanceof AnnotatedParameterizedType pt)) {
      return false;
    }
    AnnotatedType[] args = pt.getAnnotatedActualTypeArguments();
    boolean valid = false;
    for (AnnotatedType arg : args) {
      for (Annotation a : arg.getAnnotations()) {
        if (a instanceof Valid && args.length == 1) {
          valid = true;
        } else {
          throw new Unsupported(type + ": " + a);
        }
      }
      if (arg instanceof AnnotatedParameterizedType inner && elementsValid(inner)) {
        throw new Unsupported(type.toString());
      }
    }
    return valid;
  }

  private static Class<?> cascadedType(Property p) {
    if (p.cascade() == Cascade.BEAN) {
      return p.field().getType();
    }
    Type arg = ((ParameterizedType) p.field().getGenericType()).getActualTypeArguments()[0];
    if (arg instanceof Class<?> k && k.isRecord()) {
      return k;
    }
    throw new Unsupported(p.field().toString());
  }

  private static boolean isConstraint(Class<? extends Annotation> type) {
    return type.isAnnotationPresent(Constraint.class);
  }

  private static boolean hasConstraint(AnnotatedElement e) {
    for (Annotation a : e.getDeclaredAnnotations()) {
      if (isConstraint(a.annotationType()) || a instanceof Valid || repeated(a)) {
        return true;
      }
    }
    return false;
  }

  /** A container of repeated constraints ({@code @NotNull.List}). */
  private static boolean repeated(Annotation a) {
    try {
      Method value = a.annotationType().getDeclaredMethod("value");
      Class<?> t = value.getReturnType();
      return t.isArray()
          && t.getComponentType().isAnnotation()
          && isConstraint(t.getComponentType().asSubclass(Annotation.class));
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Adds the checks of constraint {@code a} on a value of {@code type}; {@code groups} are the
   * composing constraint's groups (a composed constraint's parts take them), null at the top.
   */
  private static void constraint(
      Annotation a, Class<?>[] groups, Class<?> type, List<Check> checks) {
    Check builtIn = builtIn(a, groups, type);
    if (builtIn != null) {
      checks.add(builtIn);
      return;
    }
    Class<? extends Annotation> kind = a.annotationType();
    if (!isConstraint(kind)) {
      if (repeated(a)) {
        throw new Unsupported(a.toString());
      }
      return; // not a constraint (@Inline, @YamlKey …)
    }
    Class<?>[] g = groups != null ? groups : groupsOf(a);
    String message = (String) attribute(a, "message");
    if (kind.getName().startsWith("jakarta.validation.")
        || kind.getName().startsWith("org.hibernate.validator.")
        || kind.isAnnotationPresent(ReportAsSingleViolation.class)) {
      throw new Unsupported(a.toString());
    }
    for (Class<? extends ConstraintValidator<?, ?>> v :
        kind.getAnnotation(Constraint.class).validatedBy()) {
      checks.add(new Check(message, g, custom(v, a, type)));
    }
    for (Annotation part : kind.getDeclaredAnnotations()) {
      constraint(part, g, type, checks);
    }
  }

  private static Class<?>[] groupsOf(Annotation a) {
    return groups((Class<?>[]) attribute(a, "groups"));
  }

  private static Class<?>[] groups(Class<?>[] declared) {
    return declared.length == 0 ? DEFAULT : declared;
  }

  private static Object attribute(Annotation a, String name) {
    try {
      return a.annotationType().getMethod(name).invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new Unsupported(a + " has no " + name + "()");
    }
  }

  /**
   * A built-in constraint on a value of {@code type}, as Hibernate Validator's validator for that
   * type checks it, with the composing constraint's {@code inherited} groups if any; else null.
   */
  private static Check builtIn(Annotation a, Class<?>[] inherited, Class<?> type) {
    boolean text = CharSequence.class.isAssignableFrom(type);
    boolean number = type == BigDecimal.class || type == BigInteger.class || integral(type);
    if (a instanceof NotNull c) {
      return check(c.message(), inherited, c.groups(), v -> v != null);
    } else if (a instanceof NotBlank c && text) {
      return check(c.message(), inherited, c.groups(), v -> v != null && !v.toString().isBlank());
    } else if (a instanceof NotEmpty c && text) {
      return check(
          c.message(), inherited, c.groups(), v -> v != null && ((CharSequence) v).length() > 0);
    } else if (a instanceof NotEmpty c && Collection.class.isAssignableFrom(type)) {
      return check(
          c.message(), inherited, c.groups(), v -> v != null && !((Collection<?>) v).isEmpty());
    } else if (a instanceof NotEmpty c && Map.class.isAssignableFrom(type)) {
      return check(
          c.message(), inherited, c.groups(), v -> v != null && !((Map<?, ?>) v).isEmpty());
    } else if (a instanceof PositiveOrZero c && number) {
      return check(c.message(), inherited, c.groups(), v -> v == null || decimal(v).signum() >= 0);
    } else if (a instanceof Digits c && number) {
      int integer = c.integer();
      int fraction = c.fraction();
      return check(
          c.message(),
          inherited,
          c.groups(),
          v -> {
            if (v == null) {
              return true;
            }
            BigDecimal n = v instanceof BigDecimal b ? b : decimal(v).stripTrailingZeros();
            int integerDigits = n.precision() - n.scale();
            int fractionDigits = Math.max(n.scale(), 0);
            return integerDigits <= integer && fractionDigits <= fraction;
          });
    } else if (a instanceof DecimalMax c && number) {
      BigDecimal max = new BigDecimal(c.value());
      int limit = c.inclusive() ? 0 : -1;
      return check(
          c.message(), inherited, c.groups(), v -> v == null || decimal(v).compareTo(max) <= limit);
    }
    return null;
  }

  private static Check check(
      String message, Class<?>[] inherited, Class<?>[] declared, Predicate<Object> valid) {
    return new Check(message, inherited != null ? inherited : groups(declared), valid);
  }

  private static boolean integral(Class<?> type) {
    return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal b) {
      return b;
    } else if (v instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    return BigDecimal.valueOf(((Number) v).longValue());
  }

  /** A custom constraint's validator for {@code type}, called without a context. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> custom(
      Class<? extends ConstraintValidator<?, ?>> kind, Annotation a, Class<?> type) {
    Class<?> validated = validatedType(kind);
    if (validated == null || !validated.isAssignableFrom(type)) {
      throw new Unsupported(kind + " for " + type);
    }
    ConstraintValidator v;
    try {
      var constructor = kind.getDeclaredConstructor();
      constructor.setAccessible(true);
      v = constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unsupported(kind.toString());
    }
    try {
      v.initialize(a);
    } catch (RuntimeException e) {
      throw new Unsupported(kind.toString());
    }
    ConstraintValidator validator = v;
    return value -> {
      try {
        return validator.isValid(value, null);
      } catch (NullPointerException e) {
        throw new Unsupported(kind + " needs its context"); // Hibernate Validator decides
      }
    };
  }

  private static Class<?> validatedType(Class<?> kind) {
    for (Type t : kind.getGenericInterfaces()) {
      if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
        Type arg = p.getActualTypeArguments()[1];
        return arg instanceof Class<?> k ? k : null;
      }
    }
    return null;
  }
}

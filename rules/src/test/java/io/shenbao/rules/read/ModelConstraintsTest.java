package io.shenbao.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.FixtureFolder;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.model.Plan;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's own constraint evaluator against Hibernate Validator, the reference: the same
 * violations (path, message, value) on every plan in the fixtures and examples, on every single
 * change of a field of the base plan to a value that breaks or nearly breaks a constraint, and on
 * random combinations of such changes.
 */
class ModelConstraintsTest {
  private static final ModelConstraints OWN = ModelConstraints.of(Plan.class);

  private static List<String> own(Object model) {
    return render(OWN.validate(model));
  }

  private static List<String> reference(Object model) {
    return render(ModelValidator.hibernateViolations(model));
  }

  private static List<String> render(List<ModelConstraints.Violation> violations) {
    return violations.stream()
        .map(v -> v.path() + " | " + v.template() + " | " + v.invalid())
        .sorted()
        .toList();
  }

  /** The plans of the base, of every rule fixture (written whole under {@code tmp}). */
  private static List<Plan> fixturePlans(Path tmp) throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(Fixtures.resource("base").resolve("plan.yaml"));
    List<Path> fixtures;
    try (Stream<Path> s = Files.walk(Fixtures.resource("rules"), 2)) {
      fixtures = s.filter(p -> p.getNameCount() > 0).sorted().toList();
    }
    Path rules = Fixtures.resource("rules");
    for (Path d : fixtures) {
      if (rules.relativize(d).getNameCount() != 2
          || !Files.isDirectory(d)
          || Workspaces.isPackage(d)) {
        continue;
      }
      Path ws = FixtureFolder.materialize(d, tmp.resolve(rules.relativize(d).toString()));
      try (Stream<Path> s = Files.walk(ws)) {
        s.filter(p -> p.getFileName().toString().equals("plan.yaml")).sorted().forEach(files::add);
      }
    }
    Path examples = Path.of("..", "examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> s = Files.walk(examples)) {
        s.filter(p -> p.getFileName().toString().equals("plan.yaml")).sorted().forEach(files::add);
      }
    }
    List<Plan> plans = new ArrayList<>();
    for (Path f : files) {
      Plan plan = PlanReader.read(f, f.toString()).plan();
      if (plan != null) {
        plans.add(plan);
      }
    }
    return plans;
  }

  @Test
  void thePlanModelIsEvaluatedWithoutHibernateValidator() {
    assertThat(OWN).isNotNull();
  }

  @Test
  void everyFixturePlanGivesTheSameViolations(@TempDir Path tmp) throws Exception {
    List<Plan> plans = fixturePlans(tmp);
    assertThat(plans).hasSizeGreaterThan(50);
    int violated = 0;
    for (Plan plan : plans) {
      List<String> expected = reference(plan);
      assertThat(own(plan)).as(plan.city() + "").isEqualTo(expected);
      violated += expected.isEmpty() ? 0 : 1;
    }
    assertThat(violated).as("plans with violations among the fixtures").isPositive();
  }

  @Test
  void everySingleChangeOfTheBasePlanGivesTheSameViolations() throws Exception {
    Plan base = PlanReader.read(Fixtures.resource("base").resolve("plan.yaml"), "p").plan();
    List<Edit> edits = new ArrayList<>();
    collectEdits(base, List.of(), edits);
    assertThat(edits).hasSizeGreaterThan(500);
    int violated = 0;
    for (Edit e : edits) {
      Object m = e.apply(base);
      List<String> expected = reference(m);
      assertThat(own(m)).isEqualTo(expected);
      violated += expected.isEmpty() ? 0 : 1;
    }
    assertThat(violated).isGreaterThan(edits.size() / 2);
  }

  @Test
  void randomCombinationsOfChangesGiveTheSameViolations() throws Exception {
    Plan base = PlanReader.read(Fixtures.resource("base").resolve("plan.yaml"), "p").plan();
    List<Edit> edits = new ArrayList<>();
    collectEdits(base, List.of(), edits);
    Random random = new Random(20241130);
    int violations = 0;
    for (int round = 0; round < 400; round++) {
      Object m = base;
      for (int k = 0; k < 2 + random.nextInt(6); k++) {
        m = edits.get(random.nextInt(edits.size())).apply(m);
      }
      List<String> expected = reference(m);
      assertThat(own(m)).isEqualTo(expected);
      violations += expected.size();
    }
    assertThat(violations).isGreaterThan(400);
  }

  @Test
  void theSameRecordTwiceInAListIsReportedTwice() throws Exception {
    Plan base = PlanReader.read(Fixtures.resource("base").resolve("plan.yaml"), "p").plan();
    Plan.FundingItem item = new Plan.FundingItem(" ", null, new BigDecimal("-1"));
    Plan.Funding funding = new Plan.Funding(base.funding().centralTotal(), List.of(item, item));
    Object plan = with(base, "funding", funding);
    assertThat(own(plan)).isEqualTo(reference(plan)).hasSize(6);
  }

  // --- constraints the evaluator does not know hand the model to Hibernate Validator

  record WithPattern(@Pattern(regexp = "[a-z]+", message = "P") String name) {}

  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = NeedsContext.Validator.class)
  @interface NeedsContext {
    String message() default "N";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<NeedsContext, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("CUSTOM").addConstraintViolation();
        return false;
      }
    }
  }

  record WithContext(@NeedsContext @NotNull(message = "M") String name) {}

  @Test
  void anUnknownConstraintHandsTheModelToHibernateValidator() {
    assertThat(ModelConstraints.of(WithPattern.class)).isNull();
    assertThat(render(ModelValidator.violations(new WithPattern("ABC"))))
        .containsExactly("name | P | ABC");
  }

  @Test
  void aValidatorThatNeedsItsContextHandsTheModelToHibernateValidator() {
    assertThat(ModelConstraints.of(WithContext.class)).isNotNull();
    assertThat(render(ModelValidator.violations(new WithContext("x"))))
        .containsExactly("name | CUSTOM | x");
  }

  // --- mutations

  /** Values that break, or only just keep, the constraints a component of this type may carry. */
  private static List<Object> candidates(RecordComponent rc, Object current) {
    Class<?> t = rc.getType();
    List<Object> out = new ArrayList<>();
    out.add(null);
    if (t == String.class) {
      out.addAll(List.of("", " ", "\u3000", "\t\n", "x", "138 0000 0000", "023-6389547", "12"));
    } else if (t == BigDecimal.class) {
      for (String n :
          List.of(
              "-1",
              "0",
              "-0.0",
              "1.5",
              "5.0",
              "1000000",
              "1000000.0001",
              "1E+7",
              "1000001",
              "123456789012",
              "1234567890123",
              "0.00001",
              "0.0001",
              "2.50000")) {
        out.add(new BigDecimal(n));
      }
    } else if (t == Integer.class) {
      out.addAll(List.of(-1, 0, 2024));
    } else if (t == List.class) {
      out.add(List.of());
      Class<?> element = elementType(rc);
      if (current instanceof List<?> l && !l.isEmpty()) {
        List<Object> withNull = new ArrayList<>(l);
        withNull.add(null);
        out.add(withNull);
        if (element == String.class) {
          out.add(List.of(" "));
        }
      } else if (element == String.class) {
        out.add(Collections.singletonList(null));
      }
    }
    return out;
  }

  private static Class<?> elementType(RecordComponent rc) {
    if (rc.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> k) {
      return k;
    }
    return Object.class;
  }

  /** One step down a model: a component, and an index when the component is a list. */
  private record Step(String component, int index) {}

  /** One change: the value at the end of {@code path}. */
  private record Edit(List<Step> path, Object value) {
    /** {@code model} with the change made, or as it is if the path is no longer there. */
    Object apply(Object model) {
      return apply(model, 0);
    }

    private Object apply(Object node, int depth) {
      if (depth == path.size()) {
        return value;
      }
      if (node == null || !node.getClass().isRecord()) {
        return node;
      }
      Step step = path.get(depth);
      Object child = get(node, component(node, step.component()));
      if (step.index() < 0) {
        return with(node, step.component(), apply(child, depth + 1));
      }
      if (!(child instanceof List<?> list) || step.index() >= list.size()) {
        return node;
      }
      List<Object> copy = new ArrayList<>(list);
      copy.set(step.index(), apply(list.get(step.index()), depth + 1));
      return with(node, step.component(), copy);
    }
  }

  private static RecordComponent component(Object record, String name) {
    return Arrays.stream(record.getClass().getRecordComponents())
        .filter(rc -> rc.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Every single change of {@code record} and of the records it holds, below {@code at}. */
  private static void collectEdits(Object record, List<Step> at, List<Edit> out) {
    if (record == null || !record.getClass().isRecord()) {
      return;
    }
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      Object current = get(record, rc);
      List<Step> here = new ArrayList<>(at);
      here.add(new Step(rc.getName(), -1));
      for (Object candidate : candidates(rc, current)) {
        out.add(new Edit(List.copyOf(here), candidate));
      }
      if (current != null && current.getClass().isRecord()) {
        collectEdits(current, here, out);
      } else if (current instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          List<Step> element = new ArrayList<>(at);
          element.add(new Step(rc.getName(), i));
          collectEdits(list.get(i), element, out);
        }
      }
    }
  }

  private static Object get(Object record, RecordComponent rc) {
    try {
      return rc.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of {@code record} with component {@code name} set to {@code value}. */
  private static Object with(Object record, String name, Object value) {
    RecordComponent[] rcs = record.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      args[i] = rcs[i].getName().equals(name) ? value : get(record, rcs[i]);
    }
    try {
      Constructor<?> c =
          record
              .getClass()
              .getDeclaredConstructor(
                  Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

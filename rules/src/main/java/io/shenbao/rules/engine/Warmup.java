package io.shenbao.rules.engine;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.ModelValidator;
import io.shenbao.rules.read.PolicyLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the heavy libraries a check needs while the command line is still being parsed and the plan
 * read: on one thread what is read by reflection (the plan model's constraints, the rules'
 * metadata) and the message bundle, on another the shipped rule sets and PDFBox's parser. On a cold
 * start most of the time goes to loading classes, and a check cannot use a second core any other
 * way before its roster. Whatever fails here fails again, and is reported, where it is really used.
 */
public final class Warmup {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Warmup() {}

  /** Starts the warm-up once per process, for messages in Chinese (the default). */
  public static void start() {
    start("zh");
  }

  /**
   * Starts the warm-up once per process (not on a single core), for messages in {@code lang};
   * returns at once.
   */
  public static void start(String lang) {
    if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
      return;
    }
    thread(
        "shenbao-warmup-model",
        () -> {
          ModelValidator.warm(Plan.class);
          for (Rule rule : Rules.ALL) {
            rule.info();
          }
          Messages.of(lang);
          new ArrayList<>(List.of(Location.yaml(2, 1, "b"), Location.yaml(1, 1, "a")))
              .sort(Location.ORDER);
        });
    thread(
        "shenbao-warmup-libraries",
        () -> {
          for (String id : PolicyLoader.BUILT_IN) {
            try {
              PolicyLoader.load(id);
            } catch (PolicyException e) {
              // reported by the check itself
            }
          }
          PdfProbe.warm();
        });
  }

  private static void thread(String name, Runnable work) {
    Thread t =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | LinkageError e) {
                // reported by the check itself when it uses the library
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }
}

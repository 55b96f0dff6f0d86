package io.shenbao.rules.engine;

import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.policy.PolicyLoader;
import io.shenbao.rules.read.ModelValidator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the heavy libraries a check needs while the command line is still being parsed and the plan
 * read: the plan model's constraints (their annotations, read by reflection) on one thread, the
 * shipped rule sets and PDFBox's parser on another. On a cold start most of the time goes to
 * loading classes, and a check cannot use a second core any other way before its roster. Whatever
 * fails here fails again, and is reported, where it is really used.
 */
public final class Warmup {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Warmup() {}

  /** Starts the warm-up once per process (not on a single core); returns at once. */
  public static void start() {
    if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
      return;
    }
    thread("shenbao-warmup-validator", () -> ModelValidator.warm(Plan.class));
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

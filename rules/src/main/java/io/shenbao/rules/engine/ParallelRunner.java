package io.shenbao.rules.engine;

import io.shenbao.rules.policy.PolicyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one task per workspace, {@code jobs} at a time, and tells the progress listener how far the
 * run has come (workspaces done, roster rows read). Each task keeps its own results, so their order
 * is the workspaces' whatever order they finish in; the first failure (in workspace order) is
 * thrown as it was raised.
 */
final class ParallelRunner {
  /** One workspace's work. */
  interface Task {
    void run() throws PolicyException;
  }

  /** Roster rows between two progress reports. */
  private static final int ROWS_PER_TICK = 50_000;

  private final int jobs;
  private final int total;
  private final CheckConfig.Progress progress;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong rowsRead = new AtomicLong();

  ParallelRunner(int jobs, int total, CheckConfig.Progress progress) {
    this.jobs = jobs;
    this.total = total;
    this.progress = progress;
  }

  /** Counts a roster row read, reporting progress every so many. */
  void rowRead() {
    if (rowsRead.incrementAndGet() % ROWS_PER_TICK == 0) {
      tick(false);
    }
  }

  private void tick(boolean workspaceDone) {
    int d = workspaceDone ? done.incrementAndGet() : done.get();
    progress.update(d, total, rowsRead.get());
  }

  /** Runs every task, {@code jobs} at a time, and returns when all are done. */
  void run(List<Task> tasks) throws PolicyException {
    if (jobs == 1 || tasks.size() < 2) {
      for (Task task : tasks) {
        task.run();
        tick(true);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, tasks.size()));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  task.run();
                  tick(true);
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof PolicyException p) {
            throw p;
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

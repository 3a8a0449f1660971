package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One engine, two threads at once: the same annotations as one thread gives. */
@Tag("models")
class ThreadSafetyTest {
  @Test
  void twoThreadsGiveTheSameAnnotationsAsOne() throws InterruptedException, ExecutionException {
    List<Article> all = TestCorpus.allEnglish();
    List<Article> articles = all.subList(0, Math.min(8, all.size()));
    assertTrue(articles.size() >= 4, "too few articles: " + articles.size());
    List<Annotation> sequential = articles.stream().map(SharedEngine.get()::apply).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Annotation>>> halves = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t;
        halves.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Annotation> out = new ArrayList<>();
                  // both threads annotate every article, in opposite orders
                  for (int i = 0; i < articles.size(); i++) {
                    int k = offset == 0 ? i : articles.size() - 1 - i;
                    out.add(SharedEngine.get().apply(articles.get(k)));
                  }
                  return out;
                }));
      }
      start.countDown();
      List<Annotation> forward = halves.get(0).get();
      List<Annotation> backward = new ArrayList<>(halves.get(1).get());
      java.util.Collections.reverse(backward);
      assertEquals(sequential, forward);
      assertEquals(sequential, backward);
    } finally {
      pool.shutdownNow();
    }
  }
}

package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyServerTest {
  @TempDir Path dir;

  @Test
  void withoutATokenWritesAre403AndReadsWork() throws Exception {
    try (Store store = Store.open(dir.resolve("store"));
        AnnalistServer server = AnnalistServer.start(store, ServerOptions.local(0))) {
      String batch = Fixture.line("r1", "Read Only", "Nothing", "2024-01-01", Fixture.FERRY);
      ServerTest.assertError(
          ServerTest.post(server, "/api/v1/ingest", batch, "Bearer anything"), 403, "read-only");
      ServerTest.assertError(
          ServerTest.post(server, "/api/v1/ingest", batch, null), 403, "read-only");
      ServerTest.Reply status = ServerTest.get(server, "/api/v1");
      assertEquals(200, status.status());
      assertFalse(status.body().path("writable").asBoolean());
      assertEquals(0, ServerTest.get(server, "/api/v1/articles").body().path("total").asInt());
    }
  }
}

package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.server.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private static ServerOptions parse(Map<String, String> env, String... args) {
    ServeCommand c = new ServeCommand();
    new CommandLine(c).parseArgs(args);
    return c.options(env);
  }

  @Test
  void localReadOnlyByDefault() {
    ServerOptions o = parse(Map.of());
    assertEquals("127.0.0.1", o.host());
    assertEquals(8080, o.port());
    assertNull(o.token());
    assertTrue(o.language());
  }

  @Test
  void tokenFromTheFlagOrTheEnvironment() {
    assertEquals("env", parse(Map.of(ServeCommand.TOKEN_ENV, "env")).token());
    assertEquals("flag", parse(Map.of(ServeCommand.TOKEN_ENV, "env"), "--token", "flag").token());
    assertNull(parse(Map.of(ServeCommand.TOKEN_ENV, " ")).token());
    ServerOptions o = parse(Map.of(), "--host", "0.0.0.0", "--port", "0", "--no-language");
    assertEquals("0.0.0.0", o.host());
    assertFalse(o.language());
  }

  @Test
  void dictionariesAreCheckedBeforeServing(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("dicts"));
    Files.writeString(dir.resolve("realm.actors.txt"), "GONDOR [GON]\n");
    assertEquals(dir, parse(Map.of(), "--dictionaries", dir.toString()).dictionaries());
    assertNull(parse(Map.of()).dictionaries());
    Files.writeString(dir.resolve("realm.actor.txt"), "GONDOR [GON]\n");
    Path store = tmp.resolve("store");
    CliTest.Result r =
        CliTest.run("serve", "--store", store.toString(), "--dictionaries", dir.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("realm.actor.txt"), r.err());
    assertFalse(Files.exists(store), "no store opened");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThrows(CommandLine.ParameterException.class, () -> parse(Map.of(), "--port", "70000"));
    assertThrows(CommandLine.ParameterException.class, () -> parse(Map.of(), "--max-body-mb", "0"));
    assertEquals(2, CliTest.run("serve", "--port", "x").code());
    // the demo checks its serving options before it ingests anything
    CliTest.Result demo = CliTest.run("demo", "--serve", "--port", "70000");
    assertEquals(2, demo.code(), demo.err());
    assertTrue(demo.err().contains("port"), demo.err());
  }
}

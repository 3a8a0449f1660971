package org.annalist.cli;

import java.nio.file.Path;
import org.annalist.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store directory (created if needed; default: ${DEFAULT-VALUE}).",
      defaultValue = "annalist-data")
  private Path dir;

  Path dir() {
    return dir;
  }

  Store open() {
    return Store.open(dir);
  }
}

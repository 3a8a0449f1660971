package org.annalist.ingest.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening files for the readers: gzip by file name, size limits, I/O errors in words. */
final class Inputs {
  private static final int BUFFER = 64 * 1024;

  private Inputs() {}

  /** True when the file name ends in {@code .gz} (any case). */
  static boolean gzipped(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Fails unless {@code file} is a non-empty regular file; returns its size. */
  static long checkFile(Path file) throws ReadException {
    String where = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new ReadException(where, "is a directory, not a file");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new ReadException(where, "empty file");
      }
      return size;
    } catch (IOException e) {
      throw failure(file, e, false);
    }
  }

  /**
   * Opens {@code file} for reading, decompressing it when its name ends in {@code .gz}. The caller
   * closes the stream.
   */
  static InputStream open(Path file) throws ReadException {
    boolean gzip = gzipped(file);
    InputStream raw = null;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      if (!gzip) {
        return raw;
      }
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      if (b1 != 0x1F || b2 != 0x8B) {
        raw.close();
        throw new ReadException(
            file.toString(), "not gzip: the name ends in .gz but the content has no gzip header");
      }
      return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
    } catch (IOException e) {
      closeQuietly(raw);
      throw failure(file, e, gzip);
    }
  }

  /**
   * The whole (decompressed) content of a single-document file, at most {@code limit} bytes.
   *
   * @throws ReadException when missing, empty, too large, truncated or unreadable
   */
  static byte[] readAll(Path file, long limit) throws ReadException {
    long size = checkFile(file);
    if (size > limit) {
      throw new ReadException(file.toString(), tooLarge(size, limit));
    }
    boolean gzip = gzipped(file);
    if (!gzip) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw failure(file, e, false);
      }
    }
    try (InputStream in = open(file)) {
      byte[] buf = new byte[(int) Math.min(limit + 1, Math.max(BUFFER, size * 4))];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n > limit) {
            throw new ReadException(
                file.toString(),
                "file too large (decompresses to more than "
                    + limit
                    + " bytes > limit "
                    + limit
                    + ")");
          }
          buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > limit) {
        throw new ReadException(
            file.toString(),
            "file too large (decompresses to more than " + limit + " bytes > limit " + limit + ")");
      }
      return n == buf.length ? buf : Arrays.copyOf(buf, n);
    } catch (IOException e) {
      throw failure(file, e, true);
    }
  }

  /** Up to {@code max} leading (decompressed) bytes of {@code file}. */
  static byte[] head(Path file, int max) throws ReadException {
    checkFile(file);
    try (InputStream in = open(file)) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw failure(file, e, gzipped(file));
    }
  }

  static String tooLarge(long size, long limit) {
    return "file too large (" + size + " bytes > limit " + limit + ")";
  }

  /** An I/O error in words. */
  static ReadException failure(Path file, IOException e, boolean gzip) {
    String where = file.toString();
    if (e instanceof NoSuchFileException) {
      return new ReadException(where, "file not found", e);
    }
    if (e instanceof AccessDeniedException) {
      return new ReadException(where, "permission denied", e);
    }
    if (gzip && e instanceof EOFException) {
      return new ReadException(where, "truncated gzip stream", e);
    }
    if (gzip && e instanceof ZipException) {
      return new ReadException(where, "corrupt gzip stream (" + e.getMessage() + ")", e);
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return new ReadException(where, "cannot read: " + fs.getReason(), e);
    }
    return new ReadException(where, "I/O error: " + e.getMessage(), e);
  }

  static void closeQuietly(InputStream in) {
    if (in == null) {
      return;
    }
    try {
      in.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one reported
    }
  }
}

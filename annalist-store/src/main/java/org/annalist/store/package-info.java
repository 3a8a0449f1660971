/**
 * The embedded store and exports.
 *
 * <p>{@link org.annalist.store.Store} is the front door: {@code Store.open(dir)} gives a store in
 * one directory (an embedded DuckDB database, no server), {@code write(batch)} adds cleaned
 * articles idempotently, one transaction per batch, {@code beginRun}/{@code finishRun} record
 * ingest runs and their failures, and {@code article(id)}, {@code articles()} and {@code
 * export(format, writer)} read them back. {@link org.annalist.store.ArticleExporter} writes
 * articles as JSON Lines or CSV (see {@code docs/formats.md}).
 *
 * <p>The schema is versioned: numbered {@link org.annalist.store.Migration}s (SQL resources {@code
 * migrations/V<n>__<name>.sql} beside this package) are applied in order, each in its own
 * transaction, and recorded in {@code schema_version}. A later stage adds tables by adding the next
 * migration to {@code Migrations.BUILT_IN}; it never edits an applied one.
 */
package org.annalist.store;

package org.annalist.server.search;

/**
 * What {@link SearchIndex#update} did, counted in articles.
 *
 * @param added articles indexed for the first time
 * @param updated articles re-indexed because what is indexed of them changed
 * @param removed articles no longer in the store, taken out of the index
 * @param unchanged articles left as they were
 */
public record UpdateResult(long added, long updated, long removed, long unchanged) {}

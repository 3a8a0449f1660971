/**
 * Event linking: event mentions ({@link org.annalist.model.Event}, one per article that codes it)
 * that describe the same happening are merged into one {@link org.annalist.link.event.LinkedEvent}
 * with all its reports, by {@link org.annalist.link.event.EventLinker}. Ids are stable across runs
 * and additions through an {@link org.annalist.link.event.IdRegistry}.
 */
package org.annalist.link.event;

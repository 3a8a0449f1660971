/**
 * Extraction from annotated articles: entities and their identities, quotes and speakers (events
 * later).
 */
package org.annalist.extract;

/**
 * Actor-centred views of linked events: dyad series (two actors, per day, week or month, both
 * directions, normalised by article volume) and an actor's timeline.
 */
package org.annalist.link.dyad;

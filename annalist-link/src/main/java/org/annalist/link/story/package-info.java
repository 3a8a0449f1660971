/**
 * Story threads: long-running topics as chains of linked events that share actors and places over
 * time, with a generated title and a timeline ({@link org.annalist.link.story.StoryBuilder}).
 */
package org.annalist.link.story;

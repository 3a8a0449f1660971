/**
 * Linking across articles: near-duplicate copies, articles reporting the same happening, event
 * mentions merged into one event with all its reports, story threads and dyad series over time.
 * Pure algorithms over model records; persistence lives in {@code annalist-store}.
 */
package org.annalist.link;

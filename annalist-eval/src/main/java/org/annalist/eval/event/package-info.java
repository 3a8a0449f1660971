/** Scoring coded events against hand-written event gold ({@code annalist eval events}). */
package org.annalist.eval.event;

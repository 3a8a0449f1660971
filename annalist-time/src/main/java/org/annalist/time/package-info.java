/**
 * Time expressions: recognition and TIMEX3 normalisation against a reference date (rule-based, no
 * model).
 */
package org.annalist.time;

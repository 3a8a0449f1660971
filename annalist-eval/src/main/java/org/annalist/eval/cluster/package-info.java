/**
 * Scoring article linking against gold groupings: pairwise precision, recall and F1 of
 * same-happening clusters and copy groups, and cannot-link violations. Gold format: {@link
 * org.annalist.eval.cluster.ClusterGold}; runner: {@link org.annalist.eval.cluster.ClusterEval}.
 */
package org.annalist.eval.cluster;

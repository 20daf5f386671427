/**
 * The program's graphs (JGraphT): the call graph with its strongly connected components (for the
 * bottom-up order of summaries and the top-down propagation of contexts), and the entry contexts
 * each function runs in.
 */
package dev.lockstep.analysis.graph;

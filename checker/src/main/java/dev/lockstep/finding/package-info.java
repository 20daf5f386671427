/**
 * Findings as immutable data: what the static analysis and the explorer report, and what every
 * output format prints. Depends on nothing but source spans.
 */
package dev.lockstep.finding;

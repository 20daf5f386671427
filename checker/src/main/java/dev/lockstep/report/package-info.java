/**
 * One reporter per output format (text in the shape of gcc, JSON of the contract, SARIF, GitHub
 * annotations, JUnit XML, Gradescope, PrairieLearn, HTML) and the lock graph's DOT; reporters only
 * print what a run found.
 */
package dev.lockstep.report;

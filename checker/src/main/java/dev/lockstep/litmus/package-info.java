/**
 * herd-style litmus verdicts on the explorer: a litmus test lowered to a program runs with each
 * process on a CPU of its own ({@link dev.lockstep.litmus.LitmusScenario}), every consistent
 * execution is visited once per model, and its final condition is evaluated on each complete one;
 * the results print as herd7 prints them ({@link dev.lockstep.litmus.HerdText}) or as JSON.
 */
package dev.lockstep.litmus;

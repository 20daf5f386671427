/** Execution graphs and the memory models ({@code sc}, {@code tso}, {@code arm}) as consistency predicates over them. */
package dev.lockstep.memory;

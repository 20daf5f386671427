/**
 * The intermediate representation: per-function control-flow graphs over a small sealed
 * instruction set. The stdlib lowers every kernel API to these instructions.
 */
package dev.lockstep.ir;

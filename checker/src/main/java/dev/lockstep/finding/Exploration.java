package dev.lockstep.finding;

/**
 * One exploration of one file under one model: whether it covered every execution, how many
 * complete executions it visited, how many of them ended blocked, and how long it took.
 */
public record Exploration(String file, String model, boolean complete, long executions, long blocked, long timeMs) {}

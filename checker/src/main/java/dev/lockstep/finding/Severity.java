package dev.lockstep.finding;

/** {@code error}: reached in an execution or certain on every path; {@code warning}: potential. */
public enum Severity { ERROR, WARNING }

package dev.lockstep.report;

/** How much the text report says beyond findings: nothing more, a summary line, or every exploration too. */
public enum Detail { QUIET, NORMAL, VERBOSE }

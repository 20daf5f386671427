package dev.lockstep.check;

/** A rule's documentation: lockdep-style title, meaning, kernel analogue and how to fix it. */
public record RuleDoc(String id, String title, String meaning, String analogue, String fix) {}

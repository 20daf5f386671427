package dev.lockstep.memory;

/** What an event of an execution graph does. A read-modify-write is a READ and a WRITE linked by {@code rmw}. */
public enum EventKind { READ, WRITE, FENCE }

package dev.lockstep.sema;

import dev.lockstep.frontend.Span;

/**
 * One way a function becomes an entry point. {@link Binding#STATIC} entries are fixed by the
 * source (annotations, file-scope registrations, {@code struct file_operations} members);
 * {@link Binding#DYNAMIC} ones happen when the registering code runs ({@code __ls_spawn},
 * {@code __ls_register}, reached directly or through the parameters of helper functions).
 */
public record EntryOrigin(String function, EntrySpec spec, Binding binding, String how, Span span) {

    public enum Binding { STATIC, DYNAMIC }
}

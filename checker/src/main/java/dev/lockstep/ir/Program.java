package dev.lockstep.ir;

import java.util.List;
import java.util.Map;

/**
 * A whole lowered program: its globals with their initial values, and its functions by name
 * (user code and the stdlib's functions it uses), in source order.
 */
public record Program(String file, List<Global> globals, Map<String, Function> functions) {

    /** A global object and its static initial value ({@link Init}); zero where not initialised. */
    public record Global(String name, String type, Init init, dev.lockstep.frontend.Span span) {}

    /** A static initial value: a scalar, an address, or an aggregate of members and elements. */
    public sealed interface Init {
        record Scalar(long value) implements Init {}

        /** {@code &object.path} of a global, or a function's address ({@code path} empty). */
        record Address(Value target, List<String> path) implements Init {}

        /** Struct members by name, array elements by {@code "[i]"}; missing ones are zero. */
        record Aggregate(Map<String, Init> members) implements Init {}

        record Zero() implements Init {}
    }
}

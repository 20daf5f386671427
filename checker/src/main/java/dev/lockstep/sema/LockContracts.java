package dev.lockstep.sema;

import dev.lockstep.frontend.ast.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * sparse's lock contracts of a function ({@code __acquires(x)}, {@code __releases(x)},
 * {@code __must_hold(x)}) as lock classes, and {@code __might_sleep}.
 */
public record LockContracts(List<String> acquires, List<String> releases, List<String> mustHold,
        MightSleep mightSleep) {

    /** Whether the declaration says the function may sleep. */
    public enum MightSleep { NO, YES }

    static boolean isContract(String annotation) {
        return annotation.equals("__acquires") || annotation.equals("__releases") || annotation.equals("__must_hold");
    }

    public static LockContracts of(FunctionInfo function, LockClasses classes) {
        List<String> acquires = new ArrayList<>();
        List<String> releases = new ArrayList<>();
        List<String> mustHold = new ArrayList<>();
        MightSleep sleeps = MightSleep.NO;
        for (Annotation a : function.annotations()) {
            List<String> target = switch (a.name()) {
                case "__acquires" -> acquires;
                case "__releases" -> releases;
                case "__must_hold" -> mustHold;
                default -> null;
            };
            if (a.name().equals("__might_sleep")) {
                sleeps = MightSleep.YES;
            }
            if (target != null) {
                for (Annotation.Arg arg : a.args()) {
                    String c = classes.ofContractArgument(arg.value());
                    if (!target.contains(c)) {
                        target.add(c);
                    }
                }
            }
        }
        return new LockContracts(List.copyOf(acquires), List.copyOf(releases), List.copyOf(mustHold), sleeps);
    }
}

package dev.lockstep.check;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.InputException;
import dev.lockstep.sema.ImplicitCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls of functions nothing declares, as C99 and later forbid and as gcc and clang report them:
 * an error naming the header to include when a stdlib header defines the function (the file forgot
 * it), else a warning that the call is treated as external, with no effect.
 */
final class UndeclaredCalls {
    private UndeclaredCalls() {}

    /** The warnings of {@code calls}; throws the errors. */
    static List<Diagnostic> check(List<ImplicitCall> calls, Frontend frontend) throws InputException {
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (ImplicitCall c : calls) {
            Optional<String> header = frontend.headerDefining(c.name());
            if (header.isPresent()) {
                errors.add(Diagnostic.error(c.span(), "call to undeclared function '" + c.name() + "'; it is defined"
                        + " in <" + header.get() + ">: add #include <" + header.get() + ">"));
            } else {
                warnings.add(new Diagnostic(Diagnostic.Severity.WARNING, c.span(), "call to undeclared function '"
                        + c.name() + "': lockstep treats it as an external call with no effect"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return warnings;
    }
}

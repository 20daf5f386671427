package dev.lockstep.check;

import java.nio.file.Path;

/** A bug in lockstep met while checking a file: names the file so the report can be reproduced. */
public final class InternalFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InternalFailure(Path file, RuntimeException cause) {
        super("while checking " + file + ": " + cause, cause);
    }
}

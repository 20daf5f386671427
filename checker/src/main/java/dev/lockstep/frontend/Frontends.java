package dev.lockstep.frontend;

/** Creates the front end. */
public final class Frontends {

    private Frontends() {}

    /** The front end for these options; it caches lexed stdlib headers, so reuse it across files. */
    public static LockstepFrontend create(FrontendOptions options) {
        return new LockstepFrontend(options, false);
    }

    /**
     * The same, but a {@code .c} file without includes reads the whole C prelude, not the headers of
     * it the file needs: what the tests compare the selection with.
     */
    public static LockstepFrontend withWholePrelude(FrontendOptions options) {
        return new LockstepFrontend(options, true);
    }
}

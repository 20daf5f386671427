package dev.lockstep.frontend;

/** Creates the front end. */
public final class Frontends {

    private Frontends() {}

    /** The front end for these options; it caches lexed stdlib headers, so reuse it across files. */
    public static LockstepFrontend create(FrontendOptions options) {
        return new LockstepFrontend(options);
    }
}

/**
 * The C preprocessor on tokens: includes resolved into the stdlib or next to the including file,
 * conditional compilation, object- and function-like macros with hide sets; every token out of an
 * expansion carries the span of the macro's use in the user's file.
 */
package dev.lockstep.frontend.preprocess;

/**
 * A run over files: input collection, the static rules and the exploration under each model, one
 * finding per bug (root cause, models, trace), suppression comments, {@code // expect:}
 * verification, the rule catalogue and changed-line filtering.
 */
package dev.lockstep.check;

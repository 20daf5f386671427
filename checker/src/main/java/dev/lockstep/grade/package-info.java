/**
 * The autograder: an instructor's harness and rubric applied to students' submissions, giving a
 * score per submission and per rubric test, deterministically and in bounded time.
 */
package dev.lockstep.grade;

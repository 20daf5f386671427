/** The explorer's checks over executions (deadlocks, data races, uses after free), their traces and the findings log. */
package dev.lockstep.explore.check;

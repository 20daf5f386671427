/**
 * The command line (picocli): the subcommands, their options, and the mapping of results to exit
 * codes. The only package that exits the process.
 */
package dev.lockstep.cli;

/**
 * The language server ({@code lockstep lsp}): the findings of {@code lockstep check} as editor
 * diagnostics, published when a file is opened or saved, with related locations and the trace as
 * related information, and quick fixes for the mechanical ones.
 */
package dev.lockstep.lsp;

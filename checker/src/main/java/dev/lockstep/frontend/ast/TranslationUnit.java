package dev.lockstep.frontend.ast;

import java.util.List;

/** One preprocessed {@code .c} file: its declarations in source order. */
public record TranslationUnit(String file, List<Decl> decls) {}

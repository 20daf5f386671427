package dev.lockstep.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.frontend.lex.SourceLexer;
import dev.lockstep.grammar.LockstepLexer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typedef pass: which identifiers become TYPEDEF_NAME, with scopes and shadowing. */
class TypedefResolverTest {

    /** The identifiers of {@code source} that the pass retypes, in order. */
    private static List<String> typeNames(String source) throws InputException {
        List<LocatedToken> tokens = TokenFeed.toParser(
                SourceLexer.lex(source, "t.c", SourceLexer.Dialect.C).stream()
                        .filter(t -> t.type() != LockstepLexer.NEWLINE).toList(),
                Span.at("t.c", 1, 1));
        new TypedefResolver().resolve(tokens);
        List<String> names = new ArrayList<>();
        for (LocatedToken t : tokens) {
            if (t.getType() == LockstepLexer.TYPEDEF_NAME) {
                names.add(t.getText());
            }
        }
        return names;
    }

    @Test
    void typedefNamesAreRetypedAfterTheirDeclaration() throws InputException {
        assertEquals(List.of("u32", "u32", "u32"), typeNames("u32 a; typedef unsigned int u32; u32 b; int c = sizeof(u32);"));
    }

    @Test
    void functionPointerTypedefsDeclareOnlyTheirName() throws InputException {
        assertEquals(List.of("cb_t"), typeNames("typedef int (*cb_t)(int x, int y); cb_t f; int x; x = y;"));
    }

    @Test
    void everyDeclaratorOfATypedefIsAName() throws InputException {
        assertEquals(List.of("a_t", "b_t"), typeNames("typedef struct s { int n; } a_t, *b_t; a_t x; b_t y; struct s z;"));
    }

    @Test
    void aLocalVariableHidesATypedefInItsBlock() throws InputException {
        assertEquals(List.of("T", "T"), typeNames("typedef int T; void f(void) { int T = 1; T++; } T g; T h;"));
    }

    @Test
    void blockScopedTypedefsEndWithTheirBlock() throws InputException {
        assertEquals(List.of("L"), typeNames("void f(void) { typedef long L; L x; } void g(void) { L * y; }"));
    }

    @Test
    void tagsAndMembersAreNeverTypeNames() throws InputException {
        assertEquals(List.of("foo"), typeNames("typedef struct foo foo; struct foo *p; foo *q; p->foo = q.foo;"));
    }

    @Test
    void unknownTypeNamesAreRecognisedByTheirShape() throws InputException {
        assertEquals(List.of("spinlock_t", "atomic_t", "bool"),
                typeNames("void P0(spinlock_t *l, int *x) { atomic_t v; bool ok; a * b; }"));
    }

    @Test
    void fileScopeProductsAreNotParameters() throws InputException {
        assertEquals(List.of("foo_t"), typeNames("int table[(A * B)]; void f(foo_t *p, int (*cb)(int));"));
    }
}

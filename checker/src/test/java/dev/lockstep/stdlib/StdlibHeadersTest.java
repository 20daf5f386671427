package dev.lockstep.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.frontend.Frontend;
import dev.lockstep.frontend.FrontendOptions;
import dev.lockstep.frontend.Frontends;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.TranslationUnit;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stdlib's headers through the front end: each parses on its own and when included twice,
 * every include it makes resolves (no notes), and the kernel's types come out declared.
 */
class StdlibHeadersTest {

    private static final Path STDLIB = RepoPaths.root().resolve("stdlib");

    @TempDir
    Path scratch;

    private Frontend frontend(Path root) {
        return Frontends.create(new FrontendOptions(List.of(root), STDLIB, Map.of()));
    }

    private static List<String> headers() throws IOException {
        try (Stream<Path> walk = Files.walk(STDLIB)) {
            return walk.filter(p -> p.toString().endsWith(".h"))
                    .map(p -> STDLIB.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHeaderParsesAloneWithEveryIncludeResolved() throws IOException {
        List<String> headers = headers();
        assertFalse(headers.isEmpty(), "no headers under " + STDLIB);
        return headers.stream().map(h -> DynamicTest.dynamicTest(h, () -> {
            Frontend.CFile parsed = frontend(STDLIB).parseC(STDLIB.resolve(h));
            assertEquals(List.of(), parsed.notes().stream().map(Object::toString).toList(), "notes for " + h);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyHeaderHasAnIncludeGuard() throws IOException {
        return headers().stream().map(h -> DynamicTest.dynamicTest(h, () -> {
            Path tu = scratch.resolve(h.replace('/', '_') + "_twice.h");
            Files.writeString(tu, "#include <" + h + ">\n#include <" + h + ">\nint __ls_after_" + "guard;\n");
            TranslationUnit once = frontend(scratch).parseC(STDLIB.resolve(h)).unit();
            TranslationUnit twice = frontend(scratch).parseC(tu).unit();
            assertEquals(once.decls().size() + 1, twice.decls().size(),
                    h + " declares something twice when included twice");
        }));
    }

    @Test
    void thePreludeDeclaresTheKernelTypes() throws InputException {
        TranslationUnit unit = frontend(STDLIB).parseC(STDLIB.resolve("lockstep/prelude.h")).unit();
        Set<String> typedefs = unit.decls().stream().filter(d -> d instanceof Decl.Typedef)
                .map(d -> ((Decl.Typedef) d).name()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> structs = unit.decls().stream().filter(d -> d instanceof Decl.StructDecl s && s.fields() != null)
                .map(d -> ((Decl.StructDecl) d).tag()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(typedefs.containsAll(List.of("u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "size_t",
                "ssize_t", "loff_t", "gfp_t", "bool", "spinlock_t", "raw_spinlock_t", "rwlock_t", "seqlock_t",
                "seqcount_t", "atomic_t", "atomic_long_t", "irqreturn_t", "wait_queue_head_t")), typedefs.toString());
        assertTrue(structs.containsAll(List.of("mutex", "rw_semaphore", "semaphore", "completion", "list_head",
                "callback_head", "tasklet_struct", "timer_list", "work_struct", "task_struct", "file_operations",
                "file", "inode")), structs.toString());
    }

    @Test
    void theLitmusPreludeMakesAtomicTAnInteger() throws InputException {
        TranslationUnit unit = frontend(STDLIB).parseC(STDLIB.resolve("lockstep/litmus.h")).unit();
        List<String> atomicTypes = unit.decls().stream()
                .filter(d -> d instanceof Decl.Typedef t && t.name().equals("atomic_t"))
                .map(d -> ((Decl.Typedef) d).type().toString())
                .toList();
        assertEquals(1, atomicTypes.size(), atomicTypes.toString());
        assertTrue(atomicTypes.get(0).contains("int"), atomicTypes.get(0));
    }

    @Test
    void aCFileWithoutIncludesGetsThePrelude() throws IOException, InputException {
        Path tu = scratch.resolve("bare.c");
        Files.writeString(tu, """
                static DEFINE_SPINLOCK(l);
                static atomic_t hits = ATOMIC_INIT(0);
                static int worker(void *unused)
                {
                        spin_lock(&l);
                        atomic_inc(&hits);
                        spin_unlock(&l);
                        return 0;
                }
                static int current, max;
                """);
        Frontend.CFile parsed = frontend(scratch).parseC(tu);
        assertEquals(List.of(), parsed.notes().stream().map(Object::toString).toList());
        List<String> vars = parsed.unit().decls().stream()
                .filter(d -> d instanceof Decl.Var v && v.span().file().endsWith("bare.c"))
                .map(d -> ((Decl.Var) d).name()).toList();
        assertEquals(List.of("l", "hits", "current", "max"), vars);
    }

    @Test
    void registrationsExpandToEntryDeclarations() throws IOException, InputException {
        Path tu = scratch.resolve("entries.c");
        Files.writeString(tu, """
                #include <linux/module.h>
                #include <linux/interrupt.h>
                #include <linux/timer.h>
                #include <linux/workqueue.h>
                static void tick(struct timer_list *t) { }
                static void bottom(struct tasklet_struct *t) { }
                static void job(struct work_struct *w) { }
                static int start(void) { return 0; }
                static void stop(void) { }
                DEFINE_TIMER(tick_timer, tick);
                DECLARE_TASKLET(bottom_half, bottom);
                DECLARE_WORK(job_work, job);
                module_init(start);
                module_exit(stop);
                """);
        TranslationUnit unit = frontend(scratch).parseC(tu).unit();
        List<String> entries = unit.decls().stream().filter(d -> d instanceof Decl.Entry)
                .map(d -> ((Decl.Entry) d).context().name() + " " + ((Decl.Entry) d).function()).toList();
        assertEquals(List.of("__timer tick", "__tasklet bottom", "__process job", "__init start", "__final stop"),
                entries);
    }
}

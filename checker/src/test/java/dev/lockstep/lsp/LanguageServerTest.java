package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.testing.Checks;
import dev.lockstep.testing.RepoPaths;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server through the protocol: a real lsp4j client over piped streams opens a sample,
 * receives its diagnostics with related locations and the trace, asks for the quick fix, applies it
 * and saves, and the fixed file checks clean of that rule.
 */
class LanguageServerTest {

    @TempDir
    Path dir;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private LockstepServer server;
    private LanguageServer remote;
    private PipedOutputStream toServer;
    private PipedOutputStream toClient;
    private java.util.concurrent.Future<Void> serverListening;
    private java.util.concurrent.Future<Void> clientListening;

    /** The editor's side: keeps what the server publishes. */
    private final class Editor implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            published.add(new PublishDiagnosticsParams("log:" + message.getMessage(), List.of()));
        }
    }

    @BeforeEach
    void connect() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        toClient = new PipedOutputStream(clientIn);
        server = new LockstepServer();
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(server, serverIn, toClient);
        server.connect(serverSide.getRemoteProxy());
        serverListening = serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(new Editor(), clientIn, toServer);
        clientListening = clientSide.startListening();
        remote = clientSide.getRemoteProxy();
        var init = remote.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        assertNotNull(init.getCapabilities().getCodeActionProvider());
        assertNotNull(init.getCapabilities().getTextDocumentSync());
        remote.initialized(new InitializedParams());
    }

    @AfterEach
    void shutDown() throws Exception {
        remote.shutdown().get(60, TimeUnit.SECONDS);
        remote.exit();
        assertTrue(server.exited().get(30, TimeUnit.SECONDS), "exit after shutdown is orderly");
        toServer.close();
        toClient.close();
        serverListening.get(30, TimeUnit.SECONDS);
        clientListening.get(30, TimeUnit.SECONDS);
    }

    private Path copy(String sample) throws IOException {
        Path file = dir.resolve(Path.of(sample).getFileName());
        Files.copy(RepoPaths.root().resolve(sample), file);
        return file;
    }

    private List<Diagnostic> open(Path file) throws Exception {
        String uri = uri(file);
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "c", 1, Files.readString(file))));
        return next(uri);
    }

    private List<Diagnostic> next(String uri) throws InterruptedException {
        PublishDiagnosticsParams p = published.poll(120, TimeUnit.SECONDS);
        assertNotNull(p, "no diagnostics were published");
        assertEquals(uri, p.getUri());
        return p.getDiagnostics();
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, Rule rule) {
        List<Diagnostic> of = diagnostics.stream().filter(d -> d.getCode().getLeft().equals(rule.id())).toList();
        assertEquals(1, of.size(), diagnostics.toString());
        return of.get(0);
    }

    private CodeAction quickFix(Path file, Diagnostic d) throws Exception {
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = remote.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(file)), d.getRange(),
                        new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS);
        assertEquals(1, actions.size(), actions.toString());
        CodeAction a = actions.get(0).getRight();
        assertEquals("quickfix", a.getKind());
        return a;
    }

    /** Applies the action's edits to the file, saves it, and returns the diagnostics of the saved file. */
    private List<Diagnostic> applyAndSave(Path file, CodeAction a) throws Exception {
        List<TextEdit> edits = a.getEdit().getChanges().get(uri(file));
        Files.writeString(file, apply(Files.readString(file), edits));
        remote.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri(file))));
        return next(uri(file));
    }

    static String apply(String text, List<TextEdit> edits) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        List<TextEdit> backwards = edits.stream().sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart()
                .getLine()).thenComparing(e -> e.getRange().getStart().getCharacter()).reversed()).toList();
        for (TextEdit e : backwards) {
            var start = e.getRange().getStart();
            var end = e.getRange().getEnd();
            String before = lines.get(start.getLine()).substring(0, start.getCharacter());
            String after = lines.get(end.getLine()).substring(end.getCharacter());
            for (int i = end.getLine(); i > start.getLine(); i--) {
                lines.remove(i);
            }
            lines.set(start.getLine(), before + e.getNewText() + after);
        }
        return String.join("\n", lines);
    }

    @Test
    void diagnosticsCarryTheRuleRelatedLocationsAndTheTrace() throws Exception {
        Path file = copy("samples/irq/irq_spinlock_bug.c");
        Diagnostic d = only(open(file), Rule.MISSING_IRQSAVE);
        assertEquals(28, d.getRange().getStart().getLine(), "line 29, 0-based");
        assertEquals("lockstep", d.getSource());
        assertTrue(d.getMessage().contains("\nfix: use spin_lock_irqsave(&dev_lock, flags)"), d.getMessage());
        assertTrue(d.getCodeDescription().getHref().endsWith("/rules/missing-irqsave"));
        var related = d.getRelatedInformation();
        assertEquals("taken in hardirq context here", related.get(0).getMessage());
        assertEquals(18, related.get(0).getLocation().getRange().getStart().getLine());
        assertTrue(related.stream().anyMatch(r -> r.getMessage()
                .startsWith("trace 1: cpu0 process:event_reader: spin_lock(&dev_lock)")), related.toString());
        assertTrue(related.stream().allMatch(r -> r.getLocation().getUri().equals(uri(file))));
    }

    @Test
    void theIrqsaveQuickFixRewritesTheLockAndItsUnlockAndDeclaresFlags() throws Exception {
        Path file = copy("samples/irq/irq_spinlock_bug.c");
        CodeAction a = quickFix(file, only(open(file), Rule.MISSING_IRQSAVE));
        String fixed = apply(Files.readString(file), a.getEdit().getChanges().get(uri(file)));
        assertTrue(fixed.contains("\tunsigned long flags;\n\tint n;\n\n\tspin_lock_irqsave(&dev_lock, flags);"), fixed);
        assertTrue(fixed.contains("\tspin_unlock_irqrestore(&dev_lock, flags);\n\treturn n;"), fixed);
        List<Diagnostic> after = applyAndSave(file, a);
        assertTrue(after.stream().noneMatch(d -> d.getCode().getLeft().equals("missing-irqsave")), after.toString());
        assertClean(file, Rule.MISSING_IRQSAVE);
    }

    @Test
    void theGfpQuickFixAllocatesAtomically() throws Exception {
        Path file = copy("samples/sleep/kmalloc_spinlock_bug.c");
        CodeAction a = quickFix(file, only(open(file), Rule.SLEEP_IN_ATOMIC));
        assertEquals("Allocate with GFP_ATOMIC", a.getTitle());
        List<Diagnostic> after = applyAndSave(file, a);
        assertTrue(Files.readString(file).contains("kmalloc(sizeof(*req), GFP_ATOMIC);"));
        assertTrue(after.stream().noneMatch(d -> d.getCode().getLeft().equals("sleep-in-atomic")), after.toString());
        assertClean(file, Rule.SLEEP_IN_ATOMIC);
    }

    @Test
    void theBarrierQuickFixOrdersBothSidesAndBracesALoneIfBody() throws Exception {
        Path file = copy("samples/barriers/mp_bug.c");
        CodeAction a = quickFix(file, only(open(file), Rule.BARRIER_MISSING));
        String fixed = apply(Files.readString(file), a.getEdit().getChanges().get(uri(file)));
        assertTrue(fixed.contains("#include <linux/kthread.h>\n#include <asm/barrier.h>\n"), fixed);
        assertTrue(fixed.contains("\tWRITE_ONCE(msg, 42);\n\tsmp_wmb();\n\tWRITE_ONCE(ready, 1);"), fixed);
        assertTrue(fixed.contains("if (READ_ONCE(ready))\n\t\t{ smp_rmb(); BUG_ON(READ_ONCE(msg) != 42); }"), fixed);
        List<Diagnostic> after = applyAndSave(file, a);
        assertTrue(after.stream().noneMatch(d -> d.getCode().getLeft().equals("barrier-missing")), after.toString());
        assertClean(file, Rule.BARRIER_MISSING);
    }

    @Test
    void aFixThatNeedsJudgementOffersNoAction() throws Exception {
        Path file = copy("samples/deadlock/abba_bug.c");
        Diagnostic d = open(file).get(0);
        var actions = remote.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri(file)), d.getRange(), new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), actions);
    }

    private static void assertClean(Path file, Rule rule) {
        List<Finding> findings = Checks.check(file).result().findings();
        assertTrue(findings.stream().noneMatch(f -> f.rule() == rule), findings.toString());
    }
}

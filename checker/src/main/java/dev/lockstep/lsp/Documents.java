package dev.lockstep.lsp;

import dev.lockstep.check.InternalFailure;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents: each {@code file:} document is checked when opened and when saved (on the
 * server's one checking thread), its diagnostics published, and its quick fixes kept until it
 * changes; an edited, unsaved document offers none, since they were computed for the saved text.
 */
final class Documents implements TextDocumentService {

    /** The diagnostics of the last check of a document and the quick fix of each, and whether it changed since. */
    private record Checked(List<Diagnostic> diagnostics, List<CodeAction> actions, boolean edited) {}

    private final ExecutorService checking;
    private final Supplier<LanguageClient> client;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    Documents(ExecutorService checking, Supplier<LanguageClient> client) {
        this.checking = checking;
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        check(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        check(params.getTextDocument().getUri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        checked.computeIfPresent(params.getTextDocument().getUri(),
                (uri, c) -> new Checked(c.diagnostics(), c.actions(), true));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        checked.remove(uri);
        client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Checked c = checked.get(params.getTextDocument().getUri());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (c != null && !c.edited()) {
            for (CodeAction a : c.actions()) {
                if (overlaps(a.getDiagnostics().get(0).getRange(), params.getRange())) {
                    out.add(Either.forRight(a));
                }
            }
        }
        return CompletableFuture.completedFuture(out);
    }

    /** Checks the document at {@code uri} on the checking thread and publishes what it found. */
    private void check(String uri) {
        URI parsed = URI.create(uri);
        if (!"file".equals(parsed.getScheme())) {
            return;
        }
        checking.execute(() -> {
            try {
                publish(uri, FileCheck.run(Path.of(parsed)));
            } catch (InternalFailure e) {
                client.get().logMessage(new MessageParams(MessageType.Error,
                        "lockstep: internal error (this is a bug in lockstep, please report it): " + e.getMessage()));
            }
        });
    }

    private void publish(String uri, FileCheck.Outcome outcome) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<CodeAction> actions = new ArrayList<>();
        outcome.errors().forEach(e -> diagnostics.add(Diagnostics.of(e)));
        for (FileCheck.Checked f : outcome.findings()) {
            Diagnostic d = Diagnostics.of(f.finding());
            diagnostics.add(d);
            f.fix().ifPresent(p -> {
                CodeAction a = new CodeAction(p.title());
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(d));
                a.setIsPreferred(true);
                a.setEdit(new WorkspaceEdit(Map.of(uri, p.edits())));
                actions.add(a);
            });
        }
        checked.put(uri, new Checked(diagnostics, actions, false));
        client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
    }

    private static boolean overlaps(Range a, Range b) {
        return !before(a.getEnd().getLine(), a.getEnd().getCharacter(), b.getStart().getLine(), b.getStart().getCharacter())
                && !before(b.getEnd().getLine(), b.getEnd().getCharacter(), a.getStart().getLine(), a.getStart().getCharacter());
    }

    private static boolean before(int line, int character, int otherLine, int otherCharacter) {
        return line < otherLine || line == otherLine && character < otherCharacter;
    }
}

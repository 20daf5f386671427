package dev.lockstep.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The lockstep language server: text synchronisation (open, change, save, close) and quick fixes.
 * Checks run one at a time on a thread of their own; {@link #exited()} completes on {@code exit},
 * with whether a {@code shutdown} came first (the exit code 0 of the protocol) .
 */
public final class LockstepServer implements LanguageServer, LanguageClientAware {

    private final ExecutorService checking = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-lsp-check");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Boolean> exited = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile boolean shutDown;
    private final Documents documents = new Documents(checking, () -> client);

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        CodeActionOptions actions = new CodeActionOptions(java.util.List.of(CodeActionKind.QuickFix));
        capabilities.setCodeActionProvider(Either.forRight(actions));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("lockstep", dev.lockstep.report.JsonReporter.VERSION)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        checking.shutdown();
        return CompletableFuture.supplyAsync(() -> {
            try {
                checking.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    @Override
    public void exit() {
        checking.shutdownNow();
        exited.complete(shutDown);
    }

    /** Completes on {@code exit}: true when {@code shutdown} was requested before it. */
    public CompletableFuture<Boolean> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // settings live in lockstep.toml, read at each check
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                // a file is checked when its editor opens or saves it
            }
        };
    }
}

package dev.lockstep.cli;

import dev.lockstep.lsp.LockstepServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/** {@code lockstep lsp}: the language server on standard input and output, until the editor says exit. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the Language Server Protocol server on standard input and output, for editors.",
            "Diagnostics are published when a file is opened or saved; quick fixes are offered for mechanical fixes.",
            "Settings come from the lockstep.toml of the file's project."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the editor asked to shut down, then to exit", "1:the editor exited without shutting down, "
            + "or closed the connection"},
        footerHeading = "%nExamples:%n",
        footer = {"  lockstep lsp   # started by the editor: see the README for Neovim, Emacs and VS Code"})
final class LspCommand implements Callable<Integer> {

    /** The protocol's exit code when the editor exits (or goes) without asking to shut down first. */
    private static final int EXIT_WITHOUT_SHUTDOWN = 1;

    private final InputStream in;
    private final OutputStream out;

    /** On the process's standard streams. */
    LspCommand() {
        this(System.in, System.out);
    }

    /** On the given streams (for tests). */
    LspCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        LockstepServer server = new LockstepServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Boolean> exited = server.exited();
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            try {
                listening.get();
            } catch (ExecutionException e) {
                // the connection failed: the editor is gone, as when it closes the stream
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        Object orderly = CompletableFuture.anyOf(exited, closed).get();
        listening.cancel(true);
        return Boolean.TRUE.equals(orderly) ? ExitCode.CLEAN.code : EXIT_WITHOUT_SHUTDOWN;
    }
}

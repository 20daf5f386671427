package dev.lockstep.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.finding.Finding;
import dev.lockstep.finding.Rule;
import dev.lockstep.finding.RunResult;
import dev.lockstep.finding.Severity;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --diff REV}: only findings on lines changed since REV, and every finding of an untracked file. */
class ChangedLinesTest {

    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static Finding at(Path file, int line) {
        return new Finding(Rule.DATA_RACE, Severity.ERROR, "m", Span.at(file.toString(), line, 1), List.of(), List.of(),
                null, List.of());
    }

    @Test
    void keepsOnlyChangedLines() throws Exception {
        Path old = repo.resolve("old.c");
        Files.writeString(old, "a\nb\nc\nd\n");
        git("init", "-q");
        git("-c", "user.name=t", "-c", "user.email=t@t", "add", "old.c");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
        Files.writeString(old, "a\nB\nc\nd\ne\n");
        Path fresh = repo.resolve("new.c");
        Files.writeString(fresh, "x\n");
        RunResult all = new RunResult(List.of(at(old, 1), at(old, 2), at(old, 5), at(fresh, 1)), List.of(), List.of());
        String cwd = System.getProperty("user.dir");
        ChangedLines changed = ChangedLines.since("HEAD", repo);
        List<Integer> lines = changed.filter(all).findings().stream().map(f -> f.span().line()).toList();
        assertEquals(List.of(2, 5, 1), lines);
        assertEquals(cwd, System.getProperty("user.dir"));
    }
}

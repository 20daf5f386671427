package dev.lockstep.check;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffParserException;
import dev.lockstep.finding.Finding;
import dev.lockstep.finding.RunResult;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --diff REV}: the lines changed since a git revision ({@code git diff -U0 REV}), so that a
 * pre-review run reports only the findings on lines a change touched. Files git does not track
 * are new: all their lines count as changed.
 */
public final class ChangedLines {

    private final Path repository;
    private final Map<Path, Set<Integer>> changed;

    private ChangedLines(Path repository, Map<Path, Set<Integer>> changed) {
        this.repository = repository;
        this.changed = changed;
    }

    /** The lines changed in the working tree since {@code revision}, for the repository around the working directory. */
    public static ChangedLines since(String revision) throws IOException {
        return since(revision, Path.of(""));
    }

    /** The lines changed since {@code revision} in the repository that holds {@code directory}. */
    public static ChangedLines since(String revision, Path directory) throws IOException {
        Path root = Path.of(git(directory, "rev-parse", "--show-toplevel").strip()).toRealPath();
        String diff = git(root, "diff", "-U0", "--no-color", "--no-ext-diff", revision, "--");
        Map<Path, Set<Integer>> changed = new HashMap<>();
        if (!diff.isBlank()) {
            UnifiedDiff parsed;
            try {
                parsed = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
            } catch (UnifiedDiffParserException e) {
                throw new IOException("cannot read git diff: " + e.getMessage(), e);
            }
            for (UnifiedDiffFile file : parsed.getFiles()) {
                String to = file.getToFile();
                if (to == null || to.equals("/dev/null")) {
                    continue;
                }
                Set<Integer> lines = changed.computeIfAbsent(root.resolve(strip(to)).normalize(), k -> new HashSet<>());
                for (AbstractDelta<String> delta : file.getPatch().getDeltas()) {
                    Chunk<String> target = delta.getTarget();
                    for (int i = 0; i < target.size(); i++) {
                        lines.add(target.getPosition() + 1 + i);
                    }
                }
            }
        }
        return new ChangedLines(root, changed);
    }

    private static String strip(String name) {
        return name.startsWith("b/") ? name.substring(2) : name;
    }

    /** {@code result} with only the findings whose primary line changed. */
    public RunResult filter(RunResult result) throws IOException {
        List<Finding> kept = new java.util.ArrayList<>();
        for (Finding f : result.findings()) {
            if (changedLine(Path.of(f.span().file()), f.span().line())) {
                kept.add(f);
            }
        }
        return new RunResult(kept, result.explorations(), result.errors());
    }

    private boolean changedLine(Path file, int line) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        Path real = file.toRealPath();
        Set<Integer> lines = changed.get(real);
        if (lines != null) {
            return lines.contains(line);
        }
        String tracked = git(repository, "ls-files", "--", repository.relativize(real).toString());
        return tracked.isBlank();
    }

    private static String git(Path directory, String... args) throws IOException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = directory.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed: " + err.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
        return out;
    }
}

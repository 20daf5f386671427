package dev.lockstep.sparse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * sparse, run as scripts/sparse-vs-lockstep.sh runs it: {@code -Wcontext -D__CHECKER__} with the
 * kernel API of the shim in {@code scripts/sparse/include} instead of lockstep's stdlib.
 */
final class Sparse {

    static final String INSTALL_HINT = "sparse is not installed: install it (apt-get install -y sparse); "
            + "the comparison with sparse is part of the test suite and is not skipped";

    private final Path root;

    /** sparse run from the repository {@code root}, so that it reports paths relative to it. */
    Sparse(Path root) {
        this.root = root;
    }

    /** What sparse printed on one file: its context warnings and its errors. */
    record Output(List<SparseWarning> warnings, List<String> errors) {}

    /** Whether a {@code sparse} program is on the PATH. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("sparse", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Output run(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sparse", "-Wcontext", "-D__CHECKER__", "-nostdinc",
                "-I" + root.resolve("scripts/sparse/include"), root.relativize(file).toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("sparse did not finish on " + file);
        }
        List<SparseWarning> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : text.split("\n")) {
            SparseWarning.parse(line).ifPresent(warnings::add);
            if (line.contains(": error: ")) {
                errors.add(line);
            }
        }
        if (p.exitValue() != 0 && errors.isEmpty()) {
            errors.add("sparse exited with " + p.exitValue() + ":\n" + text);
        }
        return new Output(warnings, errors);
    }
}

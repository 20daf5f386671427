package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository's lockstep.toml sets models, bounds, disabled rules and paths; flags on the command line win. */
class ProjectConfigTest {

    @TempDir
    Path project;

    private static final String SLEEPER = """
            #include <linux/spinlock.h>
            #include <linux/delay.h>
            static DEFINE_SPINLOCK(l);
            __process void f(void)
            {
            	spin_lock(&l);
            	msleep(1);
            	spin_unlock(&l);
            }
            """;

    private static final String IMBALANCE = """
            #include <linux/spinlock.h>
            static DEFINE_SPINLOCK(m);
            __process void g(void)
            {
            	spin_lock(&m);
            }
            """;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectory(project.resolve(".git"));
        Files.createDirectories(project.resolve("src/vendor"));
        Files.writeString(project.resolve("src/sleeper.c"), SLEEPER);
        Files.writeString(project.resolve("src/imbalance.c"), IMBALANCE);
        Files.writeString(project.resolve("src/vendor/theirs.c"), IMBALANCE.replace("g(", "h("));
    }

    private void config(String name, String text) throws IOException {
        Files.writeString(project.resolve(name), text);
    }

    private static List<String> rules(CliRun run) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            out.add(f.get("rule").asText() + " " + Path.of(f.get("file").asText()).getFileName() + " "
                    + f.get("models"));
        }
        return out;
    }

    @Test
    void theConfigurationSetsPathsModelsExclusionsAndDisabledRules() throws IOException {
        config("lockstep.toml", """
                # lockstep's settings for this repository
                model = ["sc"]
                paths = ["src"]
                exclude = ["src/vendor/**"]
                disable = ["sleep-in-atomic"]
                """);
        CliRun run = CliRun.of("lint", "--format", "json", project.resolve("src").toString());
        assertEquals(List.of("lock-imbalance imbalance.c [\"sc\"]"), rules(run), run.out());
        CliRun flags = CliRun.of("lint", "--format", "json", "--model", "all", "--disable", "deadlock",
                project.resolve("src").toString());
        assertEquals(List.of("lock-imbalance imbalance.c [\"sc\",\"tso\",\"arm\",\"lkmm\"]",
                "sleep-in-atomic sleeper.c [\"sc\",\"tso\",\"arm\",\"lkmm\"]"), rules(flags), "flags override the file");
    }

    @Test
    void withNoPathTheConfigurationsPathsAreChecked() throws Exception {
        config("lockstep.toml", "paths = [\"src\"]\nexclude = [\"src/vendor/**\"]\n");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lint",
                "--format", "json").directory(project.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), out);
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(out).get("findings").forEach(f -> files.add(f.get("file").asText()));
        assertEquals(List.of("src/imbalance.c", "src/sleeper.c"), files, "vendor/ excluded");
        CliRun none = CliRun.of("lint");
        assertEquals(2, none.exitCode(), "no path and no configuration here");
        assertTrue(none.err().contains("no PATH given"), none.err());
    }

    @Test
    void boundsComeFromTheConfigurationUnlessAFlagGivesThem() throws IOException {
        config("lockstep.toml", "max-executions = 2\ntimeout = \"30s\"\n");
        Path fix = project.resolve("src/fixed.c");
        Files.writeString(fix, Files.readString(dev.lockstep.testing.RepoPaths.root()
                .resolve("samples/irq/irq_spinlock_fix.c")));
        assertEquals(3, CliRun.of("check", "--model", "sc", fix.toString()).exitCode(), "the budget of 2 stops it");
        assertEquals(0, CliRun.of("check", "--model", "sc", "--max-executions", "100000", fix.toString()).exitCode());
    }

    @Test
    void aJsonConfigurationWorksToo() throws IOException {
        config(".lockstep.json", "{\"disable\": [\"lock-imbalance\", \"sleep-in-atomic\"]}\n");
        CliRun run = CliRun.of("lint", "--format", "json", project.resolve("src/imbalance.c").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void anUnknownSettingIsAnErrorAtItsLineWithASuggestion() throws IOException {
        config("lockstep.toml", "# settings\nmodle = \"sc\"\n");
        CliRun run = CliRun.of("lint", project.resolve("src").toString());
        assertEquals(2, run.exitCode());
        assertEquals(project.resolve("lockstep.toml") + ":2:1: error: unknown setting 'modle' (did you mean 'model'?)\n",
                run.err());
    }

    @Test
    void wrongValuesAndTwoConfigurationsAreErrors() throws IOException {
        config("lockstep.toml", "loop-bound = 0\n");
        assertTrue(CliRun.of("lint", project.resolve("src").toString()).err()
                .contains("lockstep.toml:1:1: error: loop-bound must be a whole number of at least 1"));
        config("lockstep.toml", "disable = [\"dead-lock\"]\n");
        assertTrue(CliRun.of("lint", project.resolve("src").toString()).err()
                .contains("unknown rule 'dead-lock' (did you mean 'deadlock'?)"));
        config("lockstep.toml", "model = [\"sc\"\n");
        assertEquals(2, CliRun.of("lint", project.resolve("src").toString()).exitCode(), "a TOML syntax error");
        config("lockstep.toml", "model = \"sc\"\n");
        config(".lockstep.json", "{}");
        CliRun both = CliRun.of("lint", project.resolve("src").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("both lockstep.toml and .lockstep.json are here; keep one"), both.err());
    }
}

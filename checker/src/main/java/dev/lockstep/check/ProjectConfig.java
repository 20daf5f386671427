package dev.lockstep.check;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.lockstep.finding.Rule;
import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A project's {@code lockstep.toml} (or {@code .lockstep.json}): defaults for the command line,
 * which the flags given override. Each key is a long option's name ({@code model},
 * {@code loop-bound}, {@code timeout}, {@code disable}, {@code fail-level}, {@code baseline}) or
 * {@code paths} (what to check when the command line names nothing) and {@code exclude} (globs of
 * files not to check). Paths are relative to the file's directory. Every value absent from the
 * file is empty here.
 */
public record ProjectConfig(Path file, Optional<List<String>> models, Optional<Integer> cpus,
        Optional<Integer> irqBound, Optional<Integer> softirqBound, Optional<Integer> loopBound,
        Optional<Long> maxExecutions, Optional<Duration> timeout, Optional<List<Rule>> disable,
        Optional<String> failLevel, Optional<Path> baseline, List<Path> paths, Exclusions exclude) {

    public static final String TOML = "lockstep.toml";
    public static final String JSON = ".lockstep.json";

    private static final List<String> KEYS = List.of("model", "cpus", "irq-bound", "softirq-bound", "loop-bound",
            "max-executions", "timeout", "disable", "fail-level", "baseline", "paths", "exclude");
    private static final List<String> FAIL_LEVELS = List.of("warning", "error", "none");

    /** {@code base} with the bounds this file sets. */
    public Bounds bounds(Bounds base) {
        return new Bounds(cpus.orElse(base.cpus()), irqBound.orElse(base.irqBound()),
                softirqBound.orElse(base.softirqBound()), loopBound.orElse(base.loopBound()),
                maxExecutions.orElse(base.maxExecutions()), timeout.orElse(base.timeout()), base.jobs());
    }

    /** The configuration nearest {@code start}, searched in each directory up to the project root; empty when none. */
    public static Optional<ProjectConfig> find(Path start, ProjectRoot root) throws InputException {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null && dir.startsWith(root.dir()); dir = dir.getParent()) {
            Path toml = dir.resolve(TOML);
            Path json = dir.resolve(JSON);
            if (Files.isRegularFile(toml) && Files.isRegularFile(json)) {
                throw error(toml, 0, "both " + TOML + " and " + JSON + " are here; keep one");
            }
            if (Files.isRegularFile(toml) || Files.isRegularFile(json)) {
                return Optional.of(read(Files.isRegularFile(toml) ? toml : json));
            }
        }
        return Optional.empty();
    }

    /** Reads one configuration file; a syntax error, an unknown key or a wrong value is an input error at its line. */
    public static ProjectConfig read(Path file) throws InputException {
        String text;
        JsonNode root;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            ObjectMapper mapper = file.getFileName().toString().endsWith(".toml") ? new TomlMapper() : new ObjectMapper();
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw error(file, at == null ? 0 : at.getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw error(file, 0, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw error(file, 0, "expected a table of settings");
        }
        return new Reader(file, text, root).config();
    }

    /** Reads the settings of one file, checking each. */
    private record Reader(Path file, String text, JsonNode root) {

        ProjectConfig config() throws InputException {
            for (var property : root.properties()) {
                String key = property.getKey();
                if (!KEYS.contains(key)) {
                    throw fail(key, "unknown setting '" + key + "'" + Suggestion.hint(key, KEYS));
                }
            }
            Path dir = file.toAbsolutePath().getParent();
            Optional<List<String>> models = strings("model");
            try {
                models.ifPresent(ModelNames::select);
            } catch (IllegalArgumentException e) {
                throw fail("model", e.getMessage());
            }
            Optional<List<Rule>> disable = Optional.empty();
            if (root.has("disable")) {
                List<Rule> rules = new ArrayList<>();
                for (String id : strings("disable").orElseThrow()) {
                    Rule r = Rule.byId(id);
                    if (r == null) {
                        throw fail("disable", "unknown rule '" + id + "'" + Suggestion.hint(id, Rule.ids()));
                    }
                    rules.add(r);
                }
                disable = Optional.of(List.copyOf(rules));
            }
            Optional<String> failLevel = string("fail-level");
            if (failLevel.isPresent() && !FAIL_LEVELS.contains(failLevel.get())) {
                throw fail("fail-level", "fail-level must be warning, error or none");
            }
            Optional<Duration> timeout = Optional.empty();
            if (root.has("timeout")) {
                String t = string("timeout").orElseThrow();
                timeout = Optional.of(Durations.parse(t)
                        .orElseThrow(() -> fail("timeout", "invalid duration '" + t + "' (expected e.g. 30s, 2m, 500ms)")));
            }
            List<Path> paths = strings("paths").orElse(List.of()).stream().map(dir::resolve).toList();
            Exclusions exclude = new Exclusions(dir, strings("exclude").orElse(List.of()));
            return new ProjectConfig(file, models, integer("cpus", 0), integer("irq-bound", 0),
                    integer("softirq-bound", 0), integer("loop-bound", 1),
                    whole("max-executions", 1), timeout, disable, failLevel,
                    string("baseline").map(dir::resolve), paths, exclude);
        }

        private Optional<String> string(String key) throws InputException {
            JsonNode n = root.get(key);
            if (n == null) {
                return Optional.empty();
            }
            if (!n.isTextual()) {
                throw fail(key, key + " must be a string");
            }
            return Optional.of(n.asText());
        }

        /** A list of strings; a single string is a list of one. */
        private Optional<List<String>> strings(String key) throws InputException {
            JsonNode n = root.get(key);
            if (n == null) {
                return Optional.empty();
            }
            if (n.isTextual()) {
                return Optional.of(List.of(n.asText()));
            }
            List<String> out = new ArrayList<>();
            if (n.isArray()) {
                for (JsonNode e : n) {
                    if (!e.isTextual()) {
                        throw fail(key, key + " must be a list of strings");
                    }
                    out.add(e.asText());
                }
                return Optional.of(List.copyOf(out));
            }
            throw fail(key, key + " must be a list of strings");
        }

        private Optional<Integer> integer(String key, int least) throws InputException {
            Optional<Long> n = whole(key, least);
            if (n.isPresent() && n.get() > Integer.MAX_VALUE) {
                throw fail(key, key + " must be at most " + Integer.MAX_VALUE);
            }
            return n.map(Long::intValue);
        }

        private Optional<Long> whole(String key, long least) throws InputException {
            JsonNode n = root.get(key);
            if (n == null) {
                return Optional.empty();
            }
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < least) {
                throw fail(key, key + " must be a whole number of at least " + least);
            }
            return Optional.of(n.asLong());
        }

        private InputException fail(String key, String message) {
            return error(file, lineOf(key), message);
        }

        /** The line that sets {@code key} ({@code key = ...} in TOML, {@code "key":} in JSON), or 0. */
        private int lineOf(String key) {
            Pattern p = Pattern.compile("^\\s*(\"?)" + Pattern.quote(key) + "\\1\\s*[=:]");
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (p.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    private static InputException error(Path file, int line, String message) {
        return new InputException(Diagnostic.error(new Span(file.toString(), line, line > 0 ? 1 : 0, line,
                line > 0 ? 1 : 0), message));
    }
}

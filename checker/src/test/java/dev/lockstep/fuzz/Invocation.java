package dev.lockstep.fuzz;

import dev.lockstep.check.Durations;
import dev.lockstep.memory.Models;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The command line an input runs under: {@code lint} or {@code check}, an output format, a model or
 * two and small bounds and time limits (so that most runs take milliseconds), now and then an odd or
 * extreme option (every model at once among them); and the time the run may take before the
 * watchdog calls it a hang: a grace period over the sum of its explorations' {@code --timeout}s.
 */
record Invocation(List<String> args, Format format, Duration limit) {

    /** The output formats, as {@code --format} spells them. */
    enum Format { json, sarif, text, github, junit, html }

    /**
     * Beyond its explorations' time limits, how long a run may take: parsing, the static rules,
     * reporting. Generous, as the machine may be busy: a hang is a run that never ends, not a slow one.
     */
    static final Duration GRACE = Duration.ofSeconds(30);

    private static final String[][] ODD_OPTIONS = {
        {"--timeout", "0s"}, {"--timeout", "1ns"}, {"--timeout", "PT0.1S"}, {"--max-executions", "0"},
        {"--loop-bound", "0"}, {"--cpus", "1"}, {"--cpus", "0"}, {"--cpus", "16"}, {"--jobs", "0"},
        {"--irq-bound", "3"}, {"--softirq-bound", "0"}, {"--model", "nosuch"}, {"--model", "sc,sc"}, {"--model", "all"}, {"--expect"},
        {"-D", "N=((("}, {"-D", "=1"}, {"-D", "1X"}, {"-D", "spin_lock=spin_unlock"}, {"--disable", "nosuch-rule"},
        {"--fail-level", "none"}, {"--fail-level", "error"}, {"--quiet"}, {"--verbose"}, {"--stdlib", "nosuch-dir"},
    };

    static Invocation choose(Path file, SplittableRandom r) {
        boolean check = Choices.chance(r, 0.6);
        Format format = format(r);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--format", format.name());
        options.put("--model", Choices.one(r, "sc", "sc", "sc", "sc", "sc", "sc,tso", "arm", "lkmm", "tso", "tso,arm"));
        options.put("--timeout", Choices.one(r, "100ms", "100ms", "200ms", "200ms", "500ms"));
        options.put("--max-executions", Choices.one(r, "1", "10", "10", "100", "1000"));
        if (Choices.chance(r, 0.95)) {
            options.put("--loop-bound", Choices.one(r, "1", "2", "2", "4", "10"));
        }
        options.put("--jobs", Choices.chance(r, 0.2) ? "2" : "1");
        if (Choices.chance(r, 0.15)) {
            options.put("--cpus", String.valueOf(1 + r.nextInt(4)));
        }
        if (Choices.chance(r, 0.1)) {
            options.put("--irq-bound", String.valueOf(r.nextInt(3)));
        }
        if (Choices.chance(r, 0.05)) {
            String[] odd = Choices.one(r, ODD_OPTIONS);
            options.put(odd[0], odd.length > 1 ? odd[1] : null);
        }
        List<String> args = new ArrayList<>();
        args.add(check ? "check" : "lint");
        options.forEach((name, value) -> {
            args.add(name);
            if (value != null) {
                args.add(value);
            }
        });
        args.add(file.toString());
        int explorations = check ? explorations(options.get("--model")) + 1 : 0;
        Duration perExploration = Durations.parse(options.get("--timeout")).orElse(Duration.ZERO);
        return new Invocation(List.copyOf(args), format, GRACE.plus(perExploration.multipliedBy(explorations)));
    }

    private static Format format(SplittableRandom r) {
        double p = r.nextDouble();
        if (p < 0.6) {
            return Format.json;
        }
        if (p < 0.75) {
            return Format.sarif;
        }
        return p < 0.9 ? Format.text : Choices.one(r, Format.github, Format.junit, Format.html);
    }

    /** How many explorations {@code models} asks for (each model once; {@code all} is every model of the table). */
    private static int explorations(String models) {
        return models.equals("all") ? Models.names().size() : models.split(",").length;
    }

    /** Whether the command line has option {@code name}. */
    boolean has(String name) {
        return args.contains(name);
    }

    /** The value of option {@code name}, or null when it is not given. */
    String value(String name) {
        int at = args.indexOf(name);
        return at < 0 || at + 1 >= args.size() ? null : args.get(at + 1);
    }

    /** The command line as a user would type it, with the input's file name for its path. */
    String display(Path dir) {
        return "lockstep " + String.join(" ", args).replace(dir.toString() + "/", "");
    }
}

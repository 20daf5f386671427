package dev.lockstep.fuzz;

import java.util.SplittableRandom;

/**
 * A project configuration next to the input, valid or not: keys of the wrong type, unknown keys,
 * broken TOML, a baseline or an exclude glob that makes no sense, both configuration files at once.
 * The command line's bounds still win, so the watchdog's limit holds.
 */
final class ConfigFiles implements Mutator {

    private static final String[] LINES = {
        "model = [\"sc\", \"arm\"]", "model = \"nosuch\"", "model = 3", "model = [\"x.cat\"]", "cpus = 0", "cpus = -1",
        "cpus = 4", "irq-bound = 2", "softirq-bound = 99999999999", "loop-bound = \"many\"", "max-executions = 1.5",
        "timeout = \"forever\"", "timeout = \"1ms\"", "disable = [\"data-race\", \"nosuch-rule\"]", "disable = \"deadlock\"",
        "fail-level = \"never\"", "fail-level = \"error\"", "baseline = \"nosuch.json\"", "baseline = \"input.c\"",
        "paths = [\"/\"]", "paths = [\"..\"]", "exclude = [\"[\"]", "exclude = [\"**/\", \"\\\\\"]", "modle = [\"sc\"]",
        "[section]", "key = ", "= value", "\"unterminated", "model = [\"sc\", ]", "cpus = 1\ncpus = 2", "\u0000",
    };

    @Override
    public FuzzInput apply(FuzzInput input, SplittableRandom random) {
        StringBuilder toml = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            toml.append(Choices.one(random, LINES)).append('\n');
        }
        FuzzInput out = input.with("lockstep.toml", "lockstep.toml", toml.toString());
        if (Choices.chance(random, 0.1)) {
            out = out.with(".lockstep.json too", ".lockstep.json", Choices.one(random, "{}", "{\"cpus\": 2}", "[", ""));
        }
        return out;
    }
}

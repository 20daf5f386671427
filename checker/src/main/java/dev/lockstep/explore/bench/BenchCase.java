package dev.lockstep.explore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark run to make: a program of {@code corpus/bench} at size {@code n} under a model, with
 * the published number of executions when {@code expected.json} has one (else -1).
 */
record BenchCase(String file, int n, String model, long expected) {

    /**
     * The cases of {@code expected.json} in its order, kept to {@code filters} ({@code FILE} or
     * {@code FILE:N}) when there are any; a {@code FILE:N} it does not list comes after them, with no
     * count. With {@code models}, each program at each of its sizes is run under those models instead
     * of the ones the file lists, expected where the file has a count.
     */
    static List<BenchCase> read(Path expectedJson, List<String> filters, List<String> models) throws IOException {
        JsonNode root = new ObjectMapper().readTree(expectedJson.toFile());
        List<BenchCase> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : root.properties()) {
            if (file.getKey().startsWith("_")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> size : file.getValue().properties()) {
                int n = Integer.parseInt(size.getKey());
                if (!filters.isEmpty() && filters.stream().noneMatch(f -> selects(f, file.getKey(), n))) {
                    continue;
                }
                List<String> runAs = new ArrayList<>();
                if (models.isEmpty()) {
                    size.getValue().fieldNames().forEachRemaining(runAs::add);
                } else {
                    runAs.addAll(models);
                }
                for (String model : runAs) {
                    JsonNode count = size.getValue().get(model);
                    out.add(new BenchCase(file.getKey(), n, model, count == null ? -1 : count.asLong()));
                }
            }
        }
        for (String filter : filters) {
            if (out.stream().noneMatch(c -> selects(filter, c.file(), c.n()))) {
                out.addAll(unlisted(filter, root, expectedJson.toAbsolutePath().getParent(), models));
            }
        }
        return out;
    }

    /** Whether {@code filter} ({@code FILE} or {@code FILE:N}) names program {@code file} at size {@code n}. */
    private static boolean selects(String filter, String file, int n) {
        return filter.equals(file) || filter.equals(file + ":" + n);
    }

    /**
     * A program or size {@code expected.json} does not list, run with no count to compare: under
     * {@code models}, else the models it lists for the program's other sizes, else sc.
     */
    private static List<BenchCase> unlisted(String filter, JsonNode root, Path bench, List<String> models) {
        int colon = filter.lastIndexOf(':');
        String file = colon < 0 ? filter : filter.substring(0, colon);
        if (!Files.isRegularFile(bench.resolve(file))) {
            throw new IllegalArgumentException("no program " + file + " in corpus/bench");
        }
        int n;
        try {
            n = colon < 0 ? -1 : Integer.parseInt(filter.substring(colon + 1));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            throw new IllegalArgumentException("expected.json lists no size of " + file + ": give one, as in " + file + ":5");
        }
        Set<String> runAs = new LinkedHashSet<>(models);
        if (runAs.isEmpty() && root.has(file)) {
            root.get(file).forEach(size -> size.fieldNames().forEachRemaining(runAs::add));
        }
        if (runAs.isEmpty()) {
            runAs.add("sc");
        }
        List<BenchCase> cases = new ArrayList<>();
        for (String model : runAs) {
            cases.add(new BenchCase(file, n, model, -1));
        }
        return cases;
    }
}

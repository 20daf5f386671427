package dev.lockstep.explore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run to make: a program of {@code corpus/bench} at size {@code n} under a model, with
 * the published number of executions when {@code expected.json} has one (else -1).
 */
record BenchCase(String file, int n, String model, long expected) {

    /**
     * The cases of {@code expected.json} in its order, kept to {@code filters} ({@code FILE} or
     * {@code FILE:N}) when there are any. With {@code models}, each program at each of its sizes is
     * run under those models instead of the ones the file lists, expected where the file has a count.
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
                if (!filters.isEmpty() && filters.stream().noneMatch(f -> f.equals(file.getKey())
                        || f.equals(file.getKey() + ":" + n))) {
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
        return out;
    }
}

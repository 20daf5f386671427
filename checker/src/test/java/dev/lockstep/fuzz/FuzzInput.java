package dev.lockstep.fuzz;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input: the file named on the command line ({@code fileName}, {@code text} written in
 * {@code charset}: ISO-8859-1 carries raw bytes that are not UTF-8), the files written next to it
 * (headers it includes, a {@code lockstep.toml}), and how it was made, for the failure message.
 */
record FuzzInput(String origin, String fileName, String text, Charset charset, Map<String, String> companions) {

    FuzzInput {
        companions = Collections.unmodifiableMap(new LinkedHashMap<>(companions));
    }

    static FuzzInput of(String origin, String fileName, String text) {
        return new FuzzInput(origin, fileName, text, StandardCharsets.UTF_8, Map.of());
    }

    /** The same input with {@code text} instead, made by {@code step}. */
    FuzzInput edited(String step, String newText) {
        return new FuzzInput(origin + " | " + step, fileName, newText, charset, companions);
    }

    /** This input with raw bytes: its text is written as ISO-8859-1. */
    FuzzInput raw(String step, String newText) {
        return new FuzzInput(origin + " | " + step, fileName, newText, StandardCharsets.ISO_8859_1, companions);
    }

    /** This input with one more file next to it. */
    FuzzInput with(String step, String companion, String companionText) {
        Map<String, String> more = new LinkedHashMap<>(companions);
        more.put(companion, companionText);
        return new FuzzInput(origin + " | " + step, fileName, text, charset, more);
    }

    boolean isLitmus() {
        return fileName.endsWith(".litmus");
    }

    /** Writes the input and its companions into {@code dir}; returns the input's path. */
    Path writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> c : companions.entrySet()) {
            Path p = dir.resolve(c.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, c.getValue(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(fileName);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}

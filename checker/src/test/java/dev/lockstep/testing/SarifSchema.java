package dev.lockstep.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official SARIF 2.1.0 schema (a test resource), loaded once: what a SARIF document violates. */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    /** The schema's complaints about {@code sarif}; empty when it is valid. */
    public static List<String> violations(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

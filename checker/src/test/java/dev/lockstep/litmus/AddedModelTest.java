package dev.lockstep.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.memory.MemoryModel;
import dev.lockstep.memory.ModelTable;
import dev.lockstep.memory.Models;
import dev.lockstep.memory.ScModel;
import dev.lockstep.memory.TsoModel;
import dev.lockstep.memory.ArmModel;
import dev.lockstep.memory.cat.CatLoader;
import dev.lockstep.testing.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adding a model is one cat file and one line of the table: the bundled table plus a line for
 * {@code tso-nofence.cat} (a test resource: x86-TSO without MFENCE) gives a model that allows
 * store buffering through {@code smp_mb()}, which tso forbids.
 */
class AddedModelTest {

    @Test
    void oneFileAndOneLineMakeAModel() throws Exception {
        CatLoader.Source source = CatLoader.bundled();
        String table = source.read(Models.TABLE).orElseThrow() + "tso-nofence tso-nofence.cat\n";
        ModelTable models = ModelTable.read("models.txt", table, source,
                List.of(new ScModel(), new TsoModel(), new ArmModel()));
        assertEquals(List.of("sc", "tso", "arm", "lkmm", "tso-nofence"), models.names());
        List<MemoryModel> run = List.of(models.byName("tso").orElseThrow(), models.byName("tso-nofence").orElseThrow());
        List<LitmusResult> results = LitmusTests.run(RepoPaths.shared().resolve("litmus/linux/SB+fencembonceonces.litmus"), run);
        assertEquals(LitmusResult.FORBIDDEN, results.get(0).verdict());
        assertEquals(LitmusResult.ALLOWED, results.get(1).verdict());
    }
}

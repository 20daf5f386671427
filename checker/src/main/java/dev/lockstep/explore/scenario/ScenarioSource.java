package dev.lockstep.explore.scenario;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.Listener;
import java.util.List;

/**
 * Where an exploration's CPUs come from: the default scenario of a program ({@link #DEFAULT}), or
 * the processes of a litmus test, one per CPU.
 */
public interface ScenarioSource {

    /** The default scenario of LANGUAGE.md ({@link ScenarioBuilder}). */
    ScenarioSource DEFAULT = (code, cells, options, listener) -> new ScenarioBuilder(code, cells, options, listener).build();

    /** The scenario variants to explore, in order; their cells are created in {@code cells}. */
    List<Scenario> build(Code code, CellTable cells, ExploreOptions options, Listener listener);
}

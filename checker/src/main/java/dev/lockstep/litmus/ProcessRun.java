package dev.lockstep.litmus;

import java.util.List;
import java.util.Map;

/** One path of one process with its read values fixed: its events and its registers' final values. */
record ProcessRun(int process, List<Step> steps, Map<String, Long> registers) {}

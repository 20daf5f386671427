package dev.lockstep.analysis.flow;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.summary.Summary;
import dev.lockstep.frontend.Span;

/** Where the transfer functions put what they see: observations, and the items of the function's summary. */
public interface Recorder {

    void observe(Observation o);

    void acquisition(Summary.Acquisition a);

    void sleep(Summary.Sleep s);

    void irqEnable(Summary.IrqEnable e);

    void rcuDeref(Summary.RcuDeref r);

    void gracePeriod(Span site);

    void cpuUse(Summary.CpuUse u);

    /** Drops everything: used while iterating to the fixpoint, before the final pass. */
    Recorder DISCARD = new Recorder() {
        public void observe(Observation o) {
        }

        public void acquisition(Summary.Acquisition a) {
        }

        public void sleep(Summary.Sleep s) {
        }

        public void irqEnable(Summary.IrqEnable e) {
        }

        public void rcuDeref(Summary.RcuDeref r) {
        }

        public void gracePeriod(Span site) {
        }

        public void cpuUse(Summary.CpuUse u) {
        }
    };
}

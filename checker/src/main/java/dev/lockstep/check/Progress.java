package dev.lockstep.check;

/** What a run tells whoever watches it: which file and model it is exploring, and what it has done. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void started(int files) {}

        @Override
        public void exploring(String file, String model) {}

        @Override
        public void explored(long executions) {}

        @Override
        public void fileDone() {}

        @Override
        public void finished() {}
    };

    void started(int files);

    void exploring(String file, String model);

    void explored(long executions);

    void fileDone();

    void finished();
}
